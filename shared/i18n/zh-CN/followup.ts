import type { Messages } from '../types';

// Namespace 'followup' (zh-CN): follow-through across meetings (民事民提 / 民办 / 民评).
// Rejections use their code as the key (shared/followup/errors.ts); labels live under 'label'.
// Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  command: {
    malformed: '指令格式不正确（位置：{{path}}，问题：{{issue}}）',
    failed: '处理指令时发生内部错误，台账未改变：{{message}}',
    timeWentBack: '指令时间早于上一条记录，请检查电脑时钟',
  },
  topic: {
    unknown: '议题库中没有此议题（{{topicId}}）',
    duplicateId: '议题库中已有编号为 {{topicId}} 的议题',
    closed: '该议题已办结或已撤销，不能再修改',
    notTriaged: '请先确定议题的分类（大事、小事或微事）',
    alreadyOnAgenda: '该议题已列入这次会议（{{meetingId}}）的议程',
    neverScheduled: '该议题尚未列入任何会议议程，不能标记为已决定',
    reasonRequired: '撤销议题须写明理由（将予以公开）',
  },
  actionItem: {
    unknown: '台账中没有此事项（{{meetingId}} / {{actionId}}）',
    duplicate: '该事项已在台账中（{{meetingId}} / {{actionId}}）',
    unknownTopic: '议题库中没有此议题（{{topicId}}）',
    notPlanned: '只有“未开始”的事项才能开始办理',
    notStarted: '事项尚未开始办理，不能标记为已办结',
    finished: '事项已办结或已终止，不能再修改',
    beforeStart: '日期 {{on}} 早于开始实施的日期 {{startedOn}}',
    notDone: '只有已办结的事项才能进行满意度测评',
  },
  evaluation: {
    sameMeeting: '满意度测评须在作出决定之后的另一次会议上进行',
    beforeDone: '测评会议日期 {{meetingDate}} 早于事项完成日期 {{doneOn}}',
    duplicate: '这次测评已经关联到该事项',
    unknownVote: '会议中没有此表决（{{voteId}}）',
    notSatisfaction: '该表决不是满意度测评',
    notClosed: '满意度测评尚未结束',
    invalid: '该次测评无效（未达法定人数或没有有效答复），不能作为评价结果',
  },
  notice: {
    task: '落实事项',
    owner: '责任人',
    startedOn: '开始日期',
    doneOn: '完成日期',
    budgetPlanned: '计划预算',
    budgetSpent: '实际支出',
    summary: '实施情况：{{text}}',
    evaluationHeading: '满意度测评',
    evaluation:
      '{{date}}“{{meeting}}”会议对该事项进行了满意度测评，共{{total}}人作答：满意{{satisfied}}人，基本满意{{basicallySatisfied}}人，不满意{{dissatisfied}}人，满意率{{rate}}。',
    notEvaluated: '该事项尚未进行满意度测评。',
  },
  label: {
    channel: {
      hotline: '热线电话',
      doorToDoor: '入户走访',
      wechatGroup: '微信群',
      suggestionBox: '意见箱',
      meeting: '会议提出',
    },
    route: {
      subDistrict: '报街道（乡镇）',
      council: '议事会协商',
      twoCommittees: '两委协商',
      other: '其他',
    },
    topicStatus: {
      raised: '已提出',
      triaged: '已分类',
      routed: '已分流',
      scheduled: '已列入议程',
      decided: '已决定',
      dropped: '已撤销',
    },
    itemStatus: {
      planned: '未开始',
      inProgress: '办理中',
      done: '已办结',
      dropped: '已终止',
    },
    overdue: '已逾期',
    satisfactionRate: '满意率',
    rateFormula: '满意率 =（满意 + 基本满意）÷（满意 + 基本满意 + 不满意），按千分之一四舍五入',
    rateNone: '无有效答复',
  },
};

export default messages;
