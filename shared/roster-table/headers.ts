import { cleanLine } from '../domain';

// Column titles as offices write them. A sheet often starts with a title row ("锦绣苑小区议事会成员
// 名单") or a blank row, and each office names its columns its own way (身份, 楼栋号, 联系电话 …):
// the header row is found by the titles it holds, and every guess can be changed by the chair.

/** What a column may be imported as. */
export const ROSTER_FIELDS = [
  'name',
  'category',
  'role',
  'observer',
  'affiliation',
  'phone',
  'household',
  'area',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Per column of the header row: the field it fills, or null when it is not imported. */
export type ColumnMap = readonly (RosterField | null)[];

/**
 * Titles per field, in every language the app speaks. `role` holds a voting right (有/无, 成员/
 * 列席); `observer` the opposite question (是否列席: 是 means an observer).
 */
const FIELD_TITLES: Readonly<Record<RosterField, readonly string[]>> = {
  name: [
    '姓名',
    '名字',
    '成员姓名',
    '成員姓名',
    '代表姓名',
    '人员姓名',
    '人員姓名',
    '成员',
    '成員',
    'name',
    'fullname',
  ],
  category: [
    '类别',
    '類別',
    '身份',
    '身分',
    '人员类别',
    '人員類別',
    '成员类别',
    '成員類別',
    '代表类别',
    '代表類別',
    '界别',
    '界別',
    '类型',
    '類型',
    'category',
    'type',
  ],
  role: ['表决权', '表決權', '有无表决权', '有無表決權', '角色', 'role', 'voting', 'vote'],
  observer: ['是否列席', '列席', '列席人员', '列席人員', 'observer'],
  affiliation: [
    '楼栋',
    '樓棟',
    '楼栋号',
    '樓棟號',
    '楼号',
    '樓號',
    '楼栋单元',
    '樓棟單元',
    '住址',
    '地址',
    '居住地址',
    '家庭住址',
    '单位',
    '單位',
    '工作单位',
    '工作單位',
    '所在单位',
    '所在單位',
    '小组',
    '小組',
    '所属',
    '所屬',
    '所属小组',
    '所屬小組',
    '网格',
    '網格',
    'building',
    'address',
    'affiliation',
  ],
  phone: [
    '联系电话',
    '聯繫電話',
    '聯絡電話',
    '电话',
    '電話',
    '手机',
    '手機',
    '手机号',
    '手機號',
    '手机号码',
    '手機號碼',
    '电话号码',
    '電話號碼',
    '联系方式',
    '聯繫方式',
    '聯絡方式',
    'phone',
    'mobile',
    'tel',
    'telephone',
  ],
  household: [
    '户号',
    '戶號',
    '户',
    '戶',
    '门牌',
    '門牌',
    '门牌号',
    '門牌號',
    '房号',
    '房號',
    '室号',
    'household',
    'unit',
    'room',
  ],
  area: [
    '面积',
    '面積',
    '建筑面积',
    '建築面積',
    '专有部分面积',
    '專有部分面積',
    '房屋面积',
    '房屋面積',
    '住宅面积',
    '住宅面積',
    'area',
  ],
};

/** Titles of columns the roster has no field for: they still mark the row as the header. */
const KNOWN_TITLES = [
  '序号',
  '序號',
  '编号',
  '編號',
  '备注',
  '備註',
  '备考',
  '性别',
  '性別',
  '年龄',
  '年齡',
  '出生年月',
  '民族',
  '职务',
  '職務',
  '政治面貌',
  '签名',
  '簽名',
  'no',
  'no.',
  '#',
  'note',
  'notes',
  'remarks',
  'gender',
  'age',
];

/**
 * A title as compared: cleaned like all typed text, without spaces, marks of a required column
 * ('姓名*', '姓名：') or a unit in brackets ('面积（m²）', '联系电话(手机)'), lower case.
 */
export function titleKey(title: string): string {
  return cleanLine(title)
    .replace(/\s+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]$/u, '')
    .replace(/^[*＊]+|[*＊:：]+$/gu, '')
    .toLowerCase();
}

const FIELD_OF: ReadonlyMap<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((field) => FIELD_TITLES[field].map((title) => [titleKey(title), field])),
);
const KNOWN: ReadonlySet<string> = new Set(KNOWN_TITLES.map(titleKey));

/** The field a column title names, 'known' for a title with no roster field, null otherwise. */
export function fieldOfTitle(title: string): RosterField | 'known' | null {
  const key = titleKey(title);
  if (key === '') return null;
  return FIELD_OF.get(key) ?? (KNOWN.has(key) ? 'known' : null);
}

/** The fields a header row's titles name, each field to its first column only. */
export function guessColumns(header: readonly string[]): ColumnMap {
  const taken = new Set<RosterField>();
  return header.map((title) => {
    const field = fieldOfTitle(title);
    if (field === null || field === 'known' || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The map with `field` moved to `column` (a field fills one column); null unmaps the column. */
export function setColumn(map: ColumnMap, column: number, field: RosterField | null): ColumnMap {
  const next = map.map((current, index) => {
    if (index === column) return field;
    return field !== null && current === field ? null : current;
  });
  while (next.length <= column) next.push(next.length === column ? field : null);
  return next;
}

/** Rows searched for the header: title rows, blank rows and a note or two sit above it. */
export const HEADER_SCAN_ROWS = 10;

export type HeaderGuess = Readonly<{
  /** Index of the header row in the file's rows (0: the first row). */
  headerIndex: number;
  columns: ColumnMap;
}>;

/**
 * Finds the header among the first rows: the row whose cells are most often known titles, among
 * those that name a 姓名 column; the first such row on a tie. Null when none names one.
 */
export function detectHeader(cells: readonly (readonly string[])[]): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestScore = 0;
  for (const [headerIndex, row] of cells.slice(0, HEADER_SCAN_ROWS).entries()) {
    const columns = guessColumns(row);
    if (!columns.includes('name')) continue;
    const score = row.filter((title) => fieldOfTitle(title) !== null).length;
    if (best === null || score > bestScore) {
      best = { headerIndex, columns };
      bestScore = score;
    }
  }
  return best;
}

/** The columns that are not imported, by index, with their titles: none is dropped unseen. */
export function unusedColumns(
  header: readonly string[],
  columns: ColumnMap,
  width: number,
): readonly Readonly<{ index: number; title: string }>[] {
  const unused: { index: number; title: string }[] = [];
  for (let index = 0; index < Math.max(width, header.length); index += 1) {
    if ((columns[index] ?? null) === null)
      unused.push({ index, title: cleanLine(header[index] ?? '') });
  }
  return unused;
}
