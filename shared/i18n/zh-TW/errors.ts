import type { Messages } from '../types';

// Namespace 'errors' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  command: {
    malformed: '指令格式不正確（位置：{{path}}，問題：{{issue}}）',
    controlCharacter:
      '輸入的文字中有控制字元（看不見的特殊符號），請刪除後重新輸入（位置：{{path}}）',
    failed: '處理指令時發生內部錯誤，會議狀態未改變：{{message}}',
    timeWentBack: '指令時間早於上一條紀錄，請檢查電腦時鐘',
  },
  meeting: {
    notCreated: '會議尚未建立',
    alreadyCreated: '會議已經建立',
    notOpen: '會議尚未開始',
    notDraft: '會議已經開始，不能再做此項修改',
    closed: '會議已經結束',
    presetLocked: '本次會議已有表決，不能再更換議事規則',
    unknownPreset: '找不到議事規則「{{presetId}}」',
    unknownTimeZone: '「{{timeZone}}」不是本機認得的時區（請用 Asia/Taipei 這樣的名稱）',
  },
  display: {
    nothingShown: '投影螢幕上沒有正在顯示的提示',
  },
  history: {
    nothingToUndo: '沒有可以復原的操作（已結束的表決只能宣布作廢）',
    phonesVoted:
      '已有 {{count}} 人在手機上投票，不能復原「開始表決」；可以結束表決，必要時宣布作廢',
  },
  roster: {
    unknownMember: '名單中沒有此人（{{memberId}}）',
    duplicateMember: '名單中已有編號為 {{memberId}} 的人員',
    memberHasRecord: '{{name}}已有簽到、發言或表決紀錄，不能從名單中刪除',
    alreadyPresent: '{{name}}已經簽到',
    notPresent: '{{name}}未簽到',
    isSpeaking: '{{name}}正在發言，請先結束發言',
    importDuplicate: '第 {{row}} 行：名單中已有編號為 {{memberId}} 的人員，整批未匯入',
    importRowInvalid: '第 {{row}} 行的「{{field}}」不符合要求，整批未匯入',
  },
  agenda: {
    unknownItem: '議程中沒有此議題（{{itemId}}）',
    duplicateItem: '議程中已有編號為 {{itemId}} 的議題',
    reorderMismatch: '新的議程順序須包含全部議題，且每個只出現一次',
    noItemOpen: '目前沒有正在審議的議題',
    itemNotOpen: '該議題不在審議中',
    anotherItemOpen: '議題「{{title}}」正在審議，請先結束或暫緩',
    itemClosed: '議題「{{title}}」已審議完畢',
    cannotDefer: '議題「{{title}}」已審議完畢或已暫緩，不能再暫緩',
    itemHasVotes: '議題「{{title}}」已有表決紀錄，須保留在會議紀錄中，不能刪除',
    itemHasSpeeches: '議題「{{title}}」已有發言紀錄，須保留在會議紀錄中，不能刪除',
    itemHasNotes: '議題「{{title}}」已有備註，不能刪除；請先清空備註',
    itemWasOpened: '議題「{{title}}」已上會審議過，須保留在會議紀錄中，不能刪除',
    noNextItem: '沒有待審議或暫緩的議題了',
  },
  queue: {
    alreadyQueued: '{{name}}已在發言名單中',
    notQueued: '{{name}}不在發言名單中',
    isSpeaking: '{{name}}正在發言',
    reorderMismatch: '新的發言順序須包含名單上的全部人員，且每人只出現一次',
    empty: '發言名單為空',
  },
  speech: {
    duplicateId: '發言編號 {{speechId}} 已被使用',
    noneRunning: '目前沒有人在發言',
    alreadyPaused: '發言計時已經暫停',
    notPaused: '發言計時沒有暫停',
    unknown: '找不到該發言（{{speechId}}）',
  },
  vote: {
    unknown: '找不到該表決（{{voteId}}）',
    duplicateId: '表決編號 {{voteId}} 已被使用',
    anotherOpen: '另一項表決正在進行，請先結束',
    noneOpen: '目前沒有正在進行的表決',
    notOpen: '該表決已經結束',
    stillOpen: '表決尚未結束，請先結束表決',
    presetKindMismatch: '議事規則與表決方式不符：滿意度測評須用評議規則，其他表決須用表決規則',
    needsOptions: '比選至少需要兩個選項',
    duplicateOption: '比選選項的編號不能重複，也不能叫「abstain」',
    rosterMissing: '本規則需按戶數或面積計票，但{{name}}的資料不全',
    rollCallTakesBallots: '記名表決須逐人登記，不能直接輸入票數',
    notRollCall: '只有記名表決才能逐人登記',
    unknownCountKey: '票數中有不屬於本表決的項目（{{key}}）',
    countsExceedBase: '票數合計 {{counted}} 超過了到會人數 {{base}}，請核對',
    invalidCounts: '票數有誤，請核對後重新輸入',
    noCounts: '尚未輸入票數',
    observerCannotVote: '{{name}}是列席人員，沒有表決權',
    voterNotPresent: '{{name}}已登記表決意見但已離場，請先處理其表決意見',
    householdSplit: '一戶一票：{{name}}與同戶（{{household}}）成員的表決意見不一致',
    countedTwice:
      '手機已投 {{device}}，舉手或紙票計 {{entered}}，合計超過到會的 {{base}}：用手機投過票的成員不應再舉手或投紙票',
    ballotIdTaken: '此選票編號已被其他成員使用，請在手機上重新投票',
    secretUsesBox: '無記名投票不按姓名記錄選擇，請在手機上投入票箱',
    notSecret: '只有無記名投票才有票箱',
    alreadyVoted: '{{name}}已經投過票',
    householdVoted: '一戶一票：{{name}}的同戶（{{household}}）成員已在手機上投票，本戶不能再投',
    sealedMismatch:
      '票箱中有 {{sealed}} 張手機選票，但標記為已投的成員有 {{marked}} 人，無法據此結束表決',
    alreadyVoided: '該表決已宣布作廢',
    notPassed: '該表決未獲通過，不能形成決議',
  },
  action: {
    duplicateId: '任務編號 {{actionId}} 已被使用',
    unknown: '找不到該任務（{{actionId}}）',
  },
  // shared/text/decode.ts 的提示：檔案編碼無法辨識。
  text: {
    unsupportedEncoding: '此檔案的編碼為 {{encoding}}，無法讀取。請另存為 UTF-8 後重試。',
    damaged: '此檔案標明為 {{encoding}} 編碼，但含有不符合 {{encoding}} 的位元組，檔案可能已損毀。',
    undecodable:
      '此檔案不是可辨識編碼（UTF-8、UTF-16 或 GB18030/GBK）的文字。請另存為 UTF-8 後重試。',
    binary: '此檔案含有二進位資料，不是文字檔。請選擇文字檔。',
  },
};

export default messages;
