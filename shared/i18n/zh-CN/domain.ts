import type { Messages } from '../types';

// Namespace 'domain' (zh-CN). Keys must match the other locales (tests/shared/i18n.test.ts checks).
// Labels of the meeting core's word lists (shared/domain/vocabulary.ts), keyed by code name.
const messages: Messages = {
  bodyKind: {
    residentsCouncil: '居民议事会',
    villagerRepsMeeting: '村民代表会议',
    compoundCouncil: '小区议事会',
    topicalConsultation: '专题协商会（请你来协商）',
    communityDialogue: '民情恳谈会',
    custom: '其他协商会议',
  },
  category: {
    committee: '两委成员',
    residentRep: '居民代表',
    nonLocalRep: '新市民代表',
    socialOrg: '社会组织代表',
    ownersCommittee: '业委会代表',
    propertyManager: '物业服务企业代表',
    stakeholder: '利益相关方',
    custom: '其他',
  },
  role: { member: '成员', observer: '列席人员' },
  triage: {
    major: { label: '大事', routing: '涉及跨社区或需政府部门解决的事项，报街道（乡镇）协调处理' },
    minor: { label: '小事', routing: '涉及社区全体居民的事项，由社区议事会协商' },
    micro: { label: '微事', routing: '限于一个小区（院落）内的事项，由社区“两委”组织协商' },
  },
  stage: {
    raise: '民提',
    deliberate: '民议',
    decide: '民决',
    carryOut: '民办',
    evaluate: '民评',
  },
  stageHint: {
    raise: '收集居民提出的问题和建议',
    deliberate: '组织各方协商讨论',
    decide: '依规则表决形成决议',
    carryOut: '落实决议，居民自己的事自己办',
    evaluate: '由居民评议办理结果',
  },
  stance: { pro: '赞成', contra: '反对', neutral: '不表态' },
  pointOfOrder: '程序性发言',
  voteMethod: {
    hands: '举手表决',
    rollCall: '记名表决',
    secret: '无记名投票',
    choice: '比选',
    satisfaction: '满意度测评',
  },
  ballot: { yes: '赞成', no: '反对', abstain: '弃权' },
  satisfaction: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' },
  meetingStatus: { draft: '筹备中', open: '进行中', closed: '已结束' },
  itemStatus: { pending: '待审议', open: '审议中', deferred: '暂缓', closed: '已审议' },
  attendanceStatus: { absent: '缺席', present: '到会', excused: '请假' },
  voteStatus: { open: '表决中', closed: '已结束', voided: '已作废' },
  voteResult: {
    passed: '通过',
    failed: '未通过',
    invalid: '无效',
    evaluated: '已测评',
  },
  invalidReason: {
    belowQuorum: '到会人数不足法定人数',
    /** An owners' vote (民法典 art. 278): too few owners took part, in heads or area. */
    belowParticipation: '参与表决的{{what}}未达到规定比例',
  },
  actionStatus: { planned: '未开始', inProgress: '办理中', done: '已办结', cancelled: '已终止' },
  /** A village's words where a residents' body says 居民 (category and speaking-share group). */
  inVillage: { residentRep: '村民代表', residents: '村民' },
  voiceGroup: {
    residents: '居民',
    officials: '两委干部',
    organisations: '单位与组织',
    others: '其他',
  },
  attendance: {
    expected: '应到',
    present: '实到',
    absent: '缺席',
    excused: '请假',
    observers: '列席',
  },
  timer: { remaining: '剩余', overrun: '超时', paused: '已暂停' },
  urgent: '紧急事项',
};

export default messages;
