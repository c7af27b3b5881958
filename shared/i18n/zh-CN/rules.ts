import type { Messages } from '../types';

// Namespace 'rules' (zh-CN). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  measure: { heads: '人数', households: '户数', area: '专有部分面积' },
  field: {
    members: '应到',
    present: '到会',
    yes: '赞成',
    no: '反对',
    abstain: '弃权',
    satisfied: '满意',
    basicallySatisfied: '基本满意',
    dissatisfied: '不满意',
  },
  threshold: {
    gtHalf: '过半数',
    gteHalf: '半数以上',
    gteTwoThirds: '三分之二以上',
    gteThreeQuarters: '四分之三以上',
    all: '全部',
    gt: '超过{{fraction}}',
    gte: '{{fraction}}以上',
    fraction: '{{denHan}}分之{{numHan}}',
  },
  base: {
    members: { heads: '全体成员', households: '全体户', area: '专有部分总面积' },
    present: { heads: '到会人员', households: '到会户', area: '到会业主的专有部分面积' },
    participating: {
      heads: '参与表决人员',
      households: '参与表决户',
      area: '参与表决的专有部分面积',
    },
    votesCast: { heads: '有效票', households: '有效票（按户）', area: '有效票对应的专有部分面积' },
  },
  quorumVerb: { present: '到会', participating: '参与表决' },
  rule: {
    pass: '{{base}}{{threshold}}同意',
    quorum: '{{base}}{{threshold}}{{verb}}',
    and: '，且',
    evaluation: '统计满意、基本满意、不满意的比例',
    noQuorum: '不设法定人数',
  },
  check: {
    heads: '{{counted}}/{{base}} {{verb}}',
    households: '{{counted}}/{{base}} 户{{verb}}',
    area: '{{counted}}/{{base}} 平方米{{verb}}',
    verb: { present: '到会', participating: '参与表决', yes: '同意' },
  },
  presetNote: {
    'owners-general':
      '适用于《民法典》第二百七十八条第一款第（一）至（五）项和第（九）项，包括使用建筑物及其附属设施的维修资金：参与表决的专有部分面积过半数且参与表决人数过半数同意。',
    'owners-special':
      '仅适用于《民法典》第二百七十八条第一款第（六）至（八）项：筹集建筑物及其附属设施的维修资金；改建、重建建筑物及其附属设施；改变共有部分的用途或者利用共有部分从事经营活动。须参与表决的专有部分面积四分之三以上且参与表决人数四分之三以上同意。使用维修资金（第（五）项）是一般事项，不适用四分之三。',
  },
  percent: { value: '{{value}}%', none: '—' },
  errors: {
    notACount: '{{fieldLabel}}（{{measureLabel}}）须为非负整数，收到的是“{{value}}”',
    presentExceedsMembers:
      '到会{{measureLabel}}（{{present}}）超过应到{{measureLabel}}（{{members}}）',
    countsExceedBase: '表决合计{{measureLabel}}（{{counted}}）超过到会{{measureLabel}}（{{base}}）',
    duplicateOption: '选项编号“{{optionId}}”为空或重复',
    fractionOutOfRange: '比例 {{num}}/{{den}} 无效：须满足 0 < 分子 ≤ 分母 ≤ 100',
    unreachableThreshold: '“超过全部”永远无法达到，请改为“全部”',
    nameRequired: '请填写规则名称',
    decisionNeedsPass: '表决规则至少需要一项通过条件',
    evaluationHasNoPass: '评议规则不设通过条件，只统计满意率',
    evaluationHeadsOnly: '评议规则只能按人数计算',
    duplicateNeed: '所需名册字段有重复',
    missingNeed: '规则按{{measureLabel}}计算，名册须提供{{measureLabel}}',
    builtInId: '编号“{{id}}”已被内置规则使用，请另取一个',
    unknown: '规则检查未通过（{{code}}）',
  },
};

export default messages;
