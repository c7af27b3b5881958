import type { Messages } from '../types';

// Namespace 'rules' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  measure: { heads: '人數', households: '戶數', area: '專有部分面積' },
  field: {
    members: '應到',
    present: '到會',
    yes: '贊成',
    no: '反對',
    abstain: '棄權',
    satisfied: '滿意',
    basicallySatisfied: '基本滿意',
    dissatisfied: '不滿意',
  },
  threshold: {
    gtHalf: '過半數',
    gteHalf: '半數以上',
    gteTwoThirds: '三分之二以上',
    gteThreeQuarters: '四分之三以上',
    all: '全部',
    gt: '超過{{fraction}}',
    gte: '{{fraction}}以上',
    fraction: '{{denHan}}分之{{numHan}}',
  },
  base: {
    members: { heads: '全體成員', households: '全體戶', area: '專有部分總面積' },
    present: { heads: '到會人員', households: '到會戶', area: '到會業主的專有部分面積' },
    participating: {
      heads: '參與表決人員',
      households: '參與表決戶',
      area: '參與表決的專有部分面積',
    },
    votesCast: { heads: '有效票', households: '有效票（按戶）', area: '有效票對應的專有部分面積' },
  },
  quorumVerb: { present: '到會', participating: '參與表決' },
  rule: {
    pass: '{{base}}{{threshold}}同意',
    quorum: '{{base}}{{threshold}}{{verb}}',
    and: '，且',
    evaluation: '統計滿意、基本滿意、不滿意的比例',
    noQuorum: '不設法定人數',
  },
  check: {
    heads: '{{counted}}/{{base}} {{verb}}',
    households: '{{counted}}/{{base}} 戶{{verb}}',
    area: '{{counted}}/{{base}} 平方米{{verb}}',
    verb: { present: '到會', participating: '參與表決', yes: '同意' },
  },
  presetNote: {
    'owners-general':
      '適用於《民法典》第二百七十八條第一款第（一）至（五）項和第（九）項，包括使用建築物及其附屬設施的維修資金：參與表決的專有部分面積過半數且參與表決人數過半數同意。',
    'owners-special':
      '僅適用於《民法典》第二百七十八條第一款第（六）至（八）項：籌集建築物及其附屬設施的維修資金；改建、重建建築物及其附屬設施；改變共有部分的用途或者利用共有部分從事經營活動。須參與表決的專有部分面積四分之三以上且參與表決人數四分之三以上同意。使用維修資金（第（五）項）是一般事項，不適用四分之三。',
  },
  percent: { value: '{{value}}%', none: '—' },
  errors: {
    notACount: '{{fieldLabel}}（{{measureLabel}}）須為非負整數，收到的是「{{value}}」',
    presentExceedsMembers:
      '到會{{measureLabel}}（{{present}}）超過應到{{measureLabel}}（{{members}}）',
    countsExceedBase: '表決合計{{measureLabel}}（{{counted}}）超過到會{{measureLabel}}（{{base}}）',
    duplicateOption: '選項編號「{{optionId}}」為空或重複',
    fractionOutOfRange: '比例 {{num}}/{{den}} 無效：須滿足 0 < 分子 ≤ 分母 ≤ 100',
    unreachableThreshold: '「超過全部」永遠無法達到，請改為「全部」',
    nameRequired: '請填寫規則名稱',
    decisionNeedsPass: '表決規則至少需要一項通過條件',
    evaluationHasNoPass: '評議規則不設通過條件，只統計滿意率',
    evaluationHeadsOnly: '評議規則只能按人數計算',
    duplicateNeed: '所需名冊欄位有重複',
    missingNeed: '規則按{{measureLabel}}計算，名冊須提供{{measureLabel}}',
    builtInId: '編號「{{id}}」已被內建規則使用，請另取一個',
    unknown: '規則檢查未通過（{{code}}）',
  },
};

export default messages;
