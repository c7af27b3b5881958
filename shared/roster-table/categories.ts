import { categorySchema, cleanLine, type Category } from '../domain';
import type { Messages } from '../i18n/types';
import enUi from '../i18n/en/ui';
import zhCNUi from '../i18n/zh-CN/ui';
import zhTWUi from '../i18n/zh-TW/ui';

// The words offices put in a 类别/身份 column, mapped to the built-in categories so the "4+N /
// 5+N" composition check counts them. A label that is none of these is not guessed: the chair
// confirms it as a category of its own or maps it to a built-in one.

/** The built-in category of each common label (simplified and traditional forms). */
const SYNONYMS: Readonly<Record<Exclude<Category, 'custom'>, readonly string[]>> = {
  committee: [
    '两委',
    '兩委',
    '两委成员',
    '兩委成員',
    '社区两委',
    '社區兩委',
    '社区两委成员',
    '社區兩委成員',
    '村两委',
    '村兩委',
    '村两委成员',
    '村兩委成員',
    '两委干部',
    '兩委幹部',
    '社区干部',
    '社區幹部',
    '村干部',
    '村幹部',
    '居委会',
    '居委會',
    '居委会委员',
    '居委會委員',
    '居委会成员',
    '居委會成員',
    '社区居委会',
    '社區居委會',
    '村委会',
    '村委會',
    '村委会委员',
    '村委會委員',
    '党支部委员',
    '黨支部委員',
    '社区党委委员',
    '社區黨委委員',
    'committee',
    'committeemember',
  ],
  residentRep: [
    '代表',
    '居民代表',
    '村民代表',
    '居（村）民代表',
    '居(村)民代表',
    '居民',
    '村民',
    '业主',
    '業主',
    '业主代表',
    '業主代表',
    '楼栋长',
    '樓棟長',
    '楼长',
    '樓長',
    '单元长',
    '單元長',
    '居民小组长',
    '居民小組長',
    '村民小组长',
    '村民小組長',
    '小组长',
    '小組長',
    '党员代表',
    '黨員代表',
    '居民党员代表',
    '居民黨員代表',
    'residentrep',
    'resident',
    'residentrepresentative',
  ],
  nonLocalRep: [
    '外来人口代表',
    '外來人口代表',
    '新市民代表',
    '新市民',
    '流动人口代表',
    '流動人口代表',
    '外来人口',
    '外來人口',
    'nonlocalrep',
  ],
  socialOrg: [
    '社会组织',
    '社會組織',
    '社会组织代表',
    '社會組織代表',
    '社工',
    '社工代表',
    '志愿者代表',
    '志願者代表',
    '驻区单位代表',
    '駐區單位代表',
    'socialorg',
  ],
  ownersCommittee: [
    '业委会',
    '業委會',
    '业委会委员',
    '業委會委員',
    '业委会成员',
    '業委會成員',
    '业委会主任',
    '業委會主任',
    '业委会副主任',
    '業委會副主任',
    '业主委员会',
    '業主委員會',
    '业主委员会委员',
    '業主委員會委員',
    'ownerscommittee',
  ],
  propertyManager: [
    '物业',
    '物業',
    '物业公司',
    '物業公司',
    '物业代表',
    '物業代表',
    '物业经理',
    '物業經理',
    '物业服务企业',
    '物業服務企業',
    '物业服务企业代表',
    '物業服務企業代表',
    '物业服务中心',
    '物業服務中心',
    'propertymanager',
  ],
  stakeholder: [
    '利益相关方',
    '利益相關方',
    '利益相关人',
    '利益相關人',
    '相关方',
    '相關方',
    'stakeholder',
  ],
};

const UI: readonly Messages[] = [zhCNUi, zhTWUi, enUi];

/** A label as compared: cleaned, without spaces, full-width brackets as ASCII, lower case. */
export function labelKey(label: string): string {
  // Typographic apostrophes as typed in a sheet ("Owners’ committee") match the catalogue's ASCII.
  return cleanLine(label)
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

function catalogueLabel(messages: Messages, category: Category): string | null {
  const chair = messages.chair;
  const vocab = typeof chair === 'object' ? chair.vocab : undefined;
  const labels = typeof vocab === 'object' ? vocab.category : undefined;
  const label = typeof labels === 'object' ? labels[category] : undefined;
  return typeof label === 'string' ? label : null;
}

/** Every known label: the table above and each category's name in each locale's console. */
const CATEGORY_OF: ReadonlyMap<string, Category> = (() => {
  const words = new Map<string, Category>();
  for (const category of categorySchema.options) {
    if (category === 'custom') continue;
    for (const messages of UI) {
      const label = catalogueLabel(messages, category);
      if (label) words.set(labelKey(label), category);
    }
    for (const word of SYNONYMS[category]) words.set(labelKey(word), category);
  }
  return words;
})();

/**
 * Words that name a category inside a longer label ('社区两委委员', '业委会秘书长', '物业公司项目
 * 经理'), checked in this order after the exact table found nothing.
 */
const CONTAINS: readonly (readonly [string, Category])[] = [
  ['业委会', 'ownersCommittee'],
  ['業委會', 'ownersCommittee'],
  ['业主委员会', 'ownersCommittee'],
  ['業主委員會', 'ownersCommittee'],
  ['物业', 'propertyManager'],
  ['物業', 'propertyManager'],
  ['两委', 'committee'],
  ['兩委', 'committee'],
  ['居委会', 'committee'],
  ['居委會', 'committee'],
  ['村委会', 'committee'],
  ['村委會', 'committee'],
];

/** The built-in category a label names, or null when it is not one the app knows. */
export function categoryOfLabel(label: string): Exclude<Category, 'custom'> | null {
  const key = labelKey(label);
  if (key === '') return null;
  const exact = CATEGORY_OF.get(key);
  if (exact && exact !== 'custom') return exact;
  const contained = CONTAINS.find(([word]) => key.includes(word));
  return contained ? (contained[1] as Exclude<Category, 'custom'>) : null;
}

/** One label of a file's category column: how often it occurs and what the app makes of it. */
export type CategoryLabel = Readonly<{
  /** The label as cleaned (the key of the chair's choice). */
  label: string;
  count: number;
  /** The built-in category it names, or null: the chair must confirm a custom category. */
  guess: Exclude<Category, 'custom'> | null;
}>;

/** The distinct labels of a column, in order of first appearance, blank cells left out. */
export function categoryLabels(
  rows: readonly (readonly string[])[],
  column: number | undefined,
): readonly CategoryLabel[] {
  if (column === undefined) return [];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = cleanLine(row[column] ?? '');
    if (label !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count, guess: categoryOfLabel(label) }));
}
