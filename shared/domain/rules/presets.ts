import type {
  Fraction,
  Measure,
  PassBase,
  PassCondition,
  QuorumCondition,
  RulePreset,
} from './types';

const HALF: Fraction = { num: 1, den: 2 };
const TWO_THIRDS: Fraction = { num: 2, den: 3 };
const THREE_QUARTERS: Fraction = { num: 3, den: 4 };

function quorum(
  measure: Measure,
  counted: QuorumCondition['counted'],
  comparator: QuorumCondition['comparator'],
  fraction: Fraction,
): QuorumCondition {
  return { measure, counted, comparator, fraction };
}

function pass(
  measure: Measure,
  base: PassBase,
  comparator: PassCondition['comparator'],
  fraction: Fraction,
): PassCondition {
  return { measure, base, comparator, fraction };
}

/** 到会人员过半数同意: the pass rule of most village and residents' bodies. */
const MAJORITY_OF_PRESENT = [pass('heads', 'present', 'gt', HALF)] as const;

const SEVEN_CALENDAR_DAYS = { days: 7, counting: 'calendar' } as const;

/** Fields every built-in preset shares; spelled out per preset where one differs. */
const BUILT_IN = {
  kind: 'decision',
  // 弃权 is a valid ballot in Chinese practice, so 有效票 includes it unless a preset says not.
  abstentionsAreCast: true,
  posting: SEVEN_CALENDAR_DAYS,
  custom: false,
} as const;

const VILLAGERS_LAW = {
  'zh-CN': '《中华人民共和国村民委员会组织法》（2018年修正）',
  'zh-TW': '《中華人民共和國村民委員會組織法》（2018年修正）',
  en: "Organic Law of the Villagers' Committees of the PRC (2018 amendment)",
} as const;

const CIVIL_CODE_278 = {
  'zh-CN': '《中华人民共和国民法典》第二百七十八条',
  'zh-TW': '《中華人民共和國民法典》第二百七十八條',
  en: 'Civil Code of the PRC, art. 278',
} as const;

function villagersLaw(zhCN: string, zhTW: string, en: string): RulePreset['source'] {
  return {
    'zh-CN': `${VILLAGERS_LAW['zh-CN']}${zhCN}`,
    'zh-TW': `${VILLAGERS_LAW['zh-TW']}${zhTW}`,
    en: `${VILLAGERS_LAW.en}, ${en}`,
  };
}

/**
 * The built-in rule presets, one per row of RULES.md ("Presets to ship"). Where a row allows two
 * alternative quorum bases (adults OR households) it ships as two presets, since a preset's
 * conditions must all hold. rollCallNamesPublic is true for representative bodies, whose members
 * answer to those they represent, and false for assemblies of individual residents or owners.
 */
export const PRESETS: readonly RulePreset[] = [
  {
    ...BUILT_IN,
    id: 'villagers-meeting-individual',
    name: {
      'zh-CN': '村民会议（十八周岁以上村民）',
      'zh-TW': '村民會議（十八週歲以上村民）',
      en: "Villagers' meeting (villagers aged 18+)",
    },
    source: villagersLaw('第二十一条、第二十二条', '第二十一條、第二十二條', 'arts. 21–22'),
    quorum: [quorum('heads', 'present', 'gt', HALF)],
    pass: MAJORITY_OF_PRESENT,
    noticeDaysBefore: 10,
    rollCallNamesPublic: false,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'villagers-meeting-household',
    name: {
      'zh-CN': '村民会议（户代表）',
      'zh-TW': '村民會議（戶代表）',
      en: "Villagers' meeting (household representatives)",
    },
    source: villagersLaw('第二十二条', '第二十二條', 'art. 22'),
    quorum: [quorum('households', 'present', 'gte', TWO_THIRDS)],
    // Each attendee represents one household, so "more than half of attendees" counts households.
    pass: [pass('households', 'present', 'gt', HALF)],
    noticeDaysBefore: 10,
    rollCallNamesPublic: false,
    needs: ['households'],
  },
  {
    ...BUILT_IN,
    id: 'villager-reps-meeting',
    name: {
      'zh-CN': '村民代表会议',
      'zh-TW': '村民代表會議',
      en: "Villagers' representatives meeting",
    },
    source: villagersLaw('第二十五条、第二十六条', '第二十五條、第二十六條', 'arts. 25–26'),
    quorum: [quorum('heads', 'present', 'gte', TWO_THIRDS)],
    pass: MAJORITY_OF_PRESENT,
    // Topics go out 3 days before: local practice, not in the statute.
    noticeDaysBefore: 3,
    rollCallNamesPublic: true,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'villager-group-meeting',
    name: {
      'zh-CN': '村民小组会议（十八周岁以上村民）',
      'zh-TW': '村民小組會議（十八週歲以上村民）',
      en: 'Villager group meeting (villagers aged 18+)',
    },
    source: villagersLaw('第二十八条', '第二十八條', 'art. 28'),
    quorum: [quorum('heads', 'present', 'gte', TWO_THIRDS)],
    pass: MAJORITY_OF_PRESENT,
    noticeDaysBefore: null,
    rollCallNamesPublic: false,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'villager-group-meeting-household',
    name: {
      'zh-CN': '村民小组会议（户代表）',
      'zh-TW': '村民小組會議（戶代表）',
      en: 'Villager group meeting (household representatives)',
    },
    source: villagersLaw('第二十八条', '第二十八條', 'art. 28'),
    quorum: [quorum('households', 'present', 'gte', TWO_THIRDS)],
    pass: [pass('households', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    rollCallNamesPublic: false,
    needs: ['households'],
  },
  {
    ...BUILT_IN,
    id: 'residents-meeting',
    name: {
      'zh-CN': '居民会议（十八周岁以上居民或居民小组代表）',
      'zh-TW': '居民會議（十八週歲以上居民或居民小組代表）',
      en: "Residents' meeting (residents aged 18+ or group representatives)",
    },
    source: {
      'zh-CN': '《中华人民共和国城市居民委员会组织法》（2018年修正）第九条、第十条',
      'zh-TW': '《中華人民共和國城市居民委員會組織法》（2018年修正）第九條、第十條',
      en: "Organic Law of the Urban Residents' Committees of the PRC (2018 amendment), arts. 9–10",
    },
    // The roster is whichever base the meeting chose (adults or group representatives): one head each.
    quorum: [quorum('heads', 'present', 'gt', HALF)],
    pass: MAJORITY_OF_PRESENT,
    noticeDaysBefore: null,
    rollCallNamesPublic: false,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'residents-meeting-household',
    name: {
      'zh-CN': '居民会议（户代表）',
      'zh-TW': '居民會議（戶代表）',
      en: "Residents' meeting (household representatives)",
    },
    source: {
      'zh-CN': '《中华人民共和国城市居民委员会组织法》（2018年修正）第九条、第十条',
      'zh-TW': '《中華人民共和國城市居民委員會組織法》（2018年修正）第九條、第十條',
      en: "Organic Law of the Urban Residents' Committees of the PRC (2018 amendment), arts. 9–10",
    },
    quorum: [quorum('households', 'present', 'gt', HALF)],
    pass: [pass('households', 'present', 'gt', HALF)],
    noticeDaysBefore: null,
    rollCallNamesPublic: false,
    needs: ['households'],
  },
  {
    ...BUILT_IN,
    id: 'one-matter-one-deliberation',
    name: {
      'zh-CN': '一事一议（代表会议）',
      'zh-TW': '一事一議（代表會議）',
      en: "One matter, one deliberation (representatives' meeting)",
    },
    source: {
      'zh-CN': '村民一事一议筹资筹劳管理办法；表决规则未经确认，可按本地规定调整',
      'zh-TW': '村民一事一議籌資籌勞管理辦法；表決規則未經確認，可按本地規定調整',
      en: 'Rules on one-matter-one-deliberation fund and labour raising; the pass rule is unconfirmed, adjust to local rules',
    },
    // Representatives carry the households they represent: present.households is the sum of theirs.
    quorum: [quorum('households', 'present', 'gte', TWO_THIRDS)],
    pass: [pass('households', 'present', 'gt', HALF)],
    // A prior 公告 is required but no number of days is set nationally: the chair sets it.
    noticeDaysBefore: null,
    rollCallNamesPublic: true,
    needs: ['households'],
  },
  {
    ...BUILT_IN,
    id: 'owners-general',
    // Art. 278 items 1–5 and 9. The name says "using the fund" is here, so that no chair takes
    // the three-quarters preset for it (RULES.md).
    name: {
      'zh-CN': '业主大会（一般事项，含使用维修资金）',
      'zh-TW': '業主大會（一般事項，含使用維修資金）',
      en: "Owners' general meeting (ordinary matters, including using the maintenance fund)",
    },
    source: CIVIL_CODE_278,
    quorum: [
      quorum('area', 'participating', 'gte', TWO_THIRDS),
      quorum('heads', 'participating', 'gte', TWO_THIRDS),
    ],
    pass: [pass('area', 'participating', 'gt', HALF), pass('heads', 'participating', 'gt', HALF)],
    noticeDaysBefore: 15,
    rollCallNamesPublic: false,
    needs: ['area'],
  },
  {
    ...BUILT_IN,
    id: 'owners-special',
    // Art. 278 items 6–8 only: raising (not using) the fund, rebuilding, change of use.
    name: {
      'zh-CN': '业主大会（特别事项：筹集维修资金、改建重建、改变共有部分用途或利用其经营）',
      'zh-TW': '業主大會（特別事項：籌集維修資金、改建重建、改變共有部分用途或利用其經營）',
      en: "Owners' general meeting (special matters: raising the maintenance fund, rebuilding, changing the use of common parts or running a business on them)",
    },
    source: CIVIL_CODE_278,
    quorum: [
      quorum('area', 'participating', 'gte', TWO_THIRDS),
      quorum('heads', 'participating', 'gte', TWO_THIRDS),
    ],
    pass: [
      pass('area', 'participating', 'gte', THREE_QUARTERS),
      pass('heads', 'participating', 'gte', THREE_QUARTERS),
    ],
    noticeDaysBefore: 15,
    rollCallNamesPublic: false,
    needs: ['area'],
  },
  {
    ...BUILT_IN,
    id: 'party-members-review',
    name: { 'zh-CN': '党员大会审议', 'zh-TW': '黨員大會審議', en: "Party members' meeting review" },
    source: {
      'zh-CN': '“四议两公开”工作法（实践）',
      'zh-TW': '「四議兩公開」工作法（實踐）',
      en: '"Four deliberations, two disclosures" method (practice)',
    },
    quorum: [quorum('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [pass('heads', 'members', 'gt', HALF)],
    // The plan is sent 3 days before.
    noticeDaysBefore: 3,
    rollCallNamesPublic: true,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'council-default',
    name: {
      'zh-CN': '议事会 / 协商议事委员会',
      'zh-TW': '議事會 / 協商議事委員會',
      en: 'Council / consultation committee',
    },
    source: {
      'zh-CN': '地方议事规则（深圳等地）',
      'zh-TW': '地方議事規則（深圳等地）',
      en: 'Local council rules (Shenzhen and elsewhere)',
    },
    quorum: [quorum('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [pass('heads', 'members', 'gt', HALF)],
    // Local rules say 2–3 days; the longer keeps every member's notice within them.
    noticeDaysBefore: 3,
    posting: { days: 5, counting: 'calendar' },
    rollCallNamesPublic: true,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'council-two-thirds',
    name: {
      'zh-CN': '议事会（三分之二，项目审批）',
      'zh-TW': '議事會（三分之二，項目審批）',
      en: 'Council, two-thirds (project approval)',
    },
    source: {
      'zh-CN': '成都等地实践（37人议事会须三分之二同意）',
      'zh-TW': '成都等地實踐（37人議事會須三分之二同意）',
      en: 'Practice reported from Chengdu (37-member council, two-thirds needed)',
    },
    quorum: [quorum('heads', 'present', 'gte', TWO_THIRDS)],
    pass: [pass('heads', 'members', 'gte', TWO_THIRDS)],
    noticeDaysBefore: null,
    rollCallNamesPublic: true,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'evaluation-reps',
    kind: 'evaluation',
    name: {
      'zh-CN': '民主评议（村民代表会议）',
      'zh-TW': '民主評議（村民代表會議）',
      en: "Democratic evaluation (representatives' meeting)",
    },
    source: villagersLaw(
      '第三十三条及地方规定',
      '第三十三條及地方規定',
      'art. 33, and local rules',
    ),
    quorum: [quorum('heads', 'present', 'gt', TWO_THIRDS)],
    pass: [],
    noticeDaysBefore: null,
    // Ratings are given in confidence.
    rollCallNamesPublic: false,
    needs: [],
  },
  {
    ...BUILT_IN,
    id: 'evaluation-villagers',
    kind: 'evaluation',
    name: {
      'zh-CN': '民主评议（村民会议）',
      'zh-TW': '民主評議（村民會議）',
      en: "Democratic evaluation (villagers' meeting)",
    },
    source: villagersLaw(
      '第三十三条及地方规定',
      '第三十三條及地方規定',
      'art. 33, and local rules',
    ),
    quorum: [quorum('heads', 'present', 'gt', HALF)],
    pass: [],
    noticeDaysBefore: null,
    rollCallNamesPublic: false,
    needs: [],
  },
];

/** A built-in preset by id, or undefined; custom presets live with the meeting that uses them. */
export function presetById(id: string): RulePreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
