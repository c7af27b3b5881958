import type { Messages } from '../types';

// Namespace 'domain' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  bodyKind: {
    residentsCouncil: '居民議事會',
    villagerRepsMeeting: '村民代表會議',
    compoundCouncil: '小區議事會',
    topicalConsultation: '專題協商會（請你來協商）',
    communityDialogue: '民情懇談會',
    custom: '其他協商會議',
  },
  category: {
    committee: '兩委成員',
    residentRep: '居民代表',
    nonLocalRep: '新市民代表',
    socialOrg: '社會組織代表',
    ownersCommittee: '業委會代表',
    propertyManager: '物業服務企業代表',
    stakeholder: '利害關係方',
    custom: '其他',
  },
  role: { member: '成員', observer: '列席人員' },
  triage: {
    major: { label: '大事', routing: '涉及跨社區或需政府部門解決的事項，報街道（鄉鎮）協調處理' },
    minor: { label: '小事', routing: '涉及社區全體居民的事項，由社區議事會協商' },
    micro: { label: '微事', routing: '限於一個小區（院落）內的事項，由社區「兩委」組織協商' },
  },
  stage: {
    raise: '民提',
    deliberate: '民議',
    decide: '民決',
    carryOut: '民辦',
    evaluate: '民評',
  },
  stageHint: {
    raise: '收集居民提出的問題和建議',
    deliberate: '組織各方協商討論',
    decide: '依規則表決形成決議',
    carryOut: '落實決議，居民自己的事自己辦',
    evaluate: '由居民評議辦理結果',
  },
  stance: { pro: '贊成', contra: '反對', neutral: '不表態' },
  pointOfOrder: '程序性發言',
  voteMethod: {
    hands: '舉手表決',
    rollCall: '記名表決',
    secret: '無記名投票',
    choice: '比選',
    satisfaction: '滿意度測評',
  },
  ballot: { yes: '贊成', no: '反對', abstain: '棄權' },
  satisfaction: { satisfied: '滿意', basicallySatisfied: '基本滿意', dissatisfied: '不滿意' },
  meetingStatus: { draft: '籌備中', open: '進行中', closed: '已結束' },
  itemStatus: { pending: '待審議', open: '審議中', deferred: '暫緩', closed: '已審議' },
  attendanceStatus: { absent: '缺席', present: '到會', excused: '請假' },
  voteStatus: { open: '表決中', closed: '已結束', voided: '已作廢' },
  voteResult: {
    passed: '通過',
    failed: '未通過',
    invalid: '無效',
    evaluated: '已測評',
  },
  invalidReason: {
    belowQuorum: '到會人數不足法定人數',
    /** An owners' vote (民法典 art. 278): too few owners took part, in heads or area. */
    belowParticipation: '參與表決的{{what}}未達到規定比例',
  },
  actionStatus: { planned: '未開始', inProgress: '辦理中', done: '已辦結', cancelled: '已終止' },
  /** A village's words where a residents' body says 居民 (category and speaking-share group). */
  inVillage: { residentRep: '村民代表', residents: '村民' },
  voiceGroup: {
    residents: '居民',
    officials: '兩委幹部',
    organisations: '單位與組織',
    others: '其他',
  },
  attendance: {
    expected: '應到',
    present: '實到',
    absent: '缺席',
    excused: '請假',
    observers: '列席',
  },
  timer: { remaining: '剩餘', overrun: '超時', paused: '已暫停' },
  urgent: '緊急事項',
};

export default messages;
