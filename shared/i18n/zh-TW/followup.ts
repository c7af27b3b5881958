import type { Messages } from '../types';

// Namespace 'followup' (zh-TW): follow-through across meetings (民事民提 / 民辦 / 民評).
// Rejections use their code as the key (shared/followup/errors.ts); labels live under 'label'.
// Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  command: {
    malformed: '指令格式不正確（位置：{{path}}，問題：{{issue}}）',
    failed: '處理指令時發生內部錯誤，追蹤清冊未改變：{{message}}',
    timeWentBack: '指令時間早於上一條記錄，請檢查電腦時鐘',
  },
  topic: {
    unknown: '議題庫中沒有此議題（{{topicId}}）',
    duplicateId: '議題庫中已有編號為 {{topicId}} 的議題',
    closed: '該議題已辦結或已撤銷，不能再修改',
    notTriaged: '請先確定議題的分類（大事、小事或微事）',
    alreadyOnAgenda: '該議題已列入這次會議（{{meetingId}}）的議程',
    neverScheduled: '該議題尚未列入任何會議議程，不能標記為已決定',
    reasonRequired: '撤銷議題須寫明理由（將予以公開）',
  },
  actionItem: {
    unknown: '追蹤清冊中沒有此事項（{{meetingId}} / {{actionId}}）',
    duplicate: '該事項已在追蹤清冊中（{{meetingId}} / {{actionId}}）',
    unknownTopic: '議題庫中沒有此議題（{{topicId}}）',
    notPlanned: '只有「未開始」的事項才能開始辦理',
    notStarted: '事項尚未開始辦理，不能標記為已辦結',
    finished: '事項已辦結或已終止，不能再修改',
    beforeStart: '日期 {{on}} 早於開始實施的日期 {{startedOn}}',
    notDone: '只有已辦結的事項才能進行滿意度測評',
  },
  evaluation: {
    sameMeeting: '滿意度測評須在作出決定之後的另一次會議上進行',
    beforeDone: '測評會議日期 {{meetingDate}} 早於事項完成日期 {{doneOn}}',
    duplicate: '這次測評已經關聯到該事項',
    unknownVote: '會議中沒有此表決（{{voteId}}）',
    notSatisfaction: '該表決不是滿意度測評',
    notClosed: '滿意度測評尚未結束',
    invalid: '該次測評無效（未達法定人數或沒有有效答覆），不能作為評價結果',
  },
  notice: {
    task: '落實事項',
    owner: '責任人',
    startedOn: '開始日期',
    doneOn: '完成日期',
    budgetPlanned: '計劃預算',
    budgetSpent: '實際支出',
    summary: '實施情況：{{text}}',
    evaluationHeading: '滿意度測評',
    evaluation:
      '{{date}}「{{meeting}}」會議對該事項進行了滿意度測評，共{{total}}人作答：滿意{{satisfied}}人，基本滿意{{basicallySatisfied}}人，不滿意{{dissatisfied}}人，滿意率{{rate}}。',
    notEvaluated: '該事項尚未進行滿意度測評。',
  },
  supervision: {
    duplicate: '這條督辦意見已經收到過（{{commentId}}）',
  },
  hubLink: {
    unavailable: '此模式下不能報送街道辦',
    notLinked: '本機尚未接入街道辦平台，請先填寫平台網址和接入碼',
    badAddress:
      '平台網址不正確：請填寫以 http:// 或 https:// 開頭的網址，且不要包含使用者名稱或密碼',
    unreachable:
      '連不上街道辦平台（{{address}}）。請檢查網路和網址；網路不通時，也可以用隨身碟把資料包交給街道辦匯入',
    timeout: '街道辦平台 {{seconds}} 秒內沒有回應，請稍後再試',
    unauthorized:
      '街道辦平台不再認可本機的接入憑證（可能已換了接入碼）。請向街道辦索取新的接入碼，重新接入',
    enrolRefused: '街道辦平台拒絕接入：{{reason}}',
    badReply: '街道辦平台的回覆無法識別（HTTP {{status}}），請聯絡街道辦',
    linkDamaged: '接入資訊檔案已損壞，已移到 {{keptAs}} 保存；請重新接入',
    busy: '正在報送或同步，請等這一次完成',
    notSigning: '本機還沒有簽章憑證，不能接入：請先在「設定」裡建立或匯入憑證',
  },
  hub: {
    reenrol: '改用新的接入碼重新接入',
    close: '關閉',
    open: '報送街道辦',
    title: '報送街道辦',
    intro: '把已結束會議的簽章資料包報送給街道辦，並收取街道辦對各事項的督辦意見。',
    notLinked: '本機尚未接入街道辦平台。請填寫街道辦提供的平台網址和一次性接入碼（只需一次）。',
    address: '平台網址',
    addressHint: '例如 http://192.168.1.20:8790',
    code: '接入碼',
    codeHint: '例如 ABCD-EFGH-JKLM',
    enrol: '接入',
    enrolled: '已接入：{{community}}（編號 {{communityId}}）',
    linkedTo: '平台網址：{{address}}，接入於 {{date}}',
    send: '報送',
    sync: '同步督辦意見',
    working: '正在處理…',
    sentSummary:
      '本次報送：{{accepted}} 次會議已接收，{{already}} 次先前已報送，{{refused}} 次被拒收，{{failed}} 次未送達',
    nothingToSend: '沒有已結束的會議可以報送',
    resultsHeading: '各次會議的報送結果',
    col: {
      meeting: '會議',
      sequence: '資料包序號',
      result: '結果',
      at: '時間',
    },
    result: {
      accepted: '已接收',
      replayed: '已在街道辦（先前已報送）',
      refused: '被拒收：{{reason}}',
      failed: '未送達：{{reason}}',
    },
    missing: '街道辦顯示本社區缺少第 {{list}} 號資料包（可能被刪除或未報送）',
    synced: '收到 {{count}} 條新的督辦意見，已顯示在追蹤清冊的事項上',
    syncedNone: '沒有新的督辦意見',
    unmatched: '{{count}} 條督辦意見所指的事項不在本機清冊上：{{items}}',
    refusedHeading: '街道辦拒收的資料包',
  },
  label: {
    supervision: '督辦',
    supervisionBy: '{{author}} · {{date}}',
    supervisionMore: '共 {{count}} 條督辦意見',
    channel: {
      hotline: '熱線電話',
      doorToDoor: '入戶走訪',
      wechatGroup: '微信群',
      suggestionBox: '意見箱',
      meeting: '會議提出',
    },
    route: {
      subDistrict: '報街道（鄉鎮）',
      council: '議事會協商',
      twoCommittees: '兩委協商',
      other: '其他',
    },
    topicStatus: {
      raised: '已提出',
      triaged: '已分類',
      routed: '已分流',
      scheduled: '已列入議程',
      decided: '已決定',
      dropped: '已撤銷',
    },
    itemStatus: {
      planned: '未開始',
      inProgress: '辦理中',
      done: '已辦結',
      dropped: '已終止',
    },
    overdue: '已逾期',
    satisfactionRate: '滿意率',
    rateFormula: '滿意率 =（滿意 + 基本滿意）÷（滿意 + 基本滿意 + 不滿意），按千分之一四捨五入',
    rateNone: '無有效答覆',
  },
};

export default messages;
