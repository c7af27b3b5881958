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
  label: {
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
