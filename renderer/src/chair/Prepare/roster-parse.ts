import {
  categorySchema,
  cleanLine,
  commandInputSchema,
  hasControlCharacter,
  type Category,
  type CommandInput,
  type Role,
} from '../../../../shared/domain';
import type { Locale, Messages } from '../../../../shared/i18n';
import enUi from '../../../../shared/i18n/en/ui';
import zhCNUi from '../../../../shared/i18n/zh-CN/ui';
import zhTWUi from '../../../../shared/i18n/zh-TW/ui';

/**
 * The console's own namespace in every locale, whichever language the console shows: a roster
 * file may be written in any of them. (The console loads the other locales' full catalogues only
 * when chosen; these come with the roster import.)
 */
const UI_MESSAGES: Readonly<Record<Locale, Messages>> = {
  'zh-CN': zhCNUi,
  'zh-TW': zhTWUi,
  en: enUi,
};

/** A number with at most two decimals as an integer of hundredths (m² → 0.01 m², 元 → 分). */
export function parseHundredths(text: string): number | null {
  const match = /^\s*(\d{1,13})(?:\.(\d{0,2}))?\s*$/.exec(text.replace(/[,，]/g, ''));
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Floor area typed in m², kept in 0.01 m² so every comparison stays exact. */
export const parseArea = parseHundredths;
/** A budget typed in yuan, kept in fen. */
export const parseYuan = parseHundredths;

export type Field = 'name' | 'category' | 'role' | 'household' | 'area' | 'affiliation';

/** Column titles a spreadsheet may use for each field, in any of the app's languages. */
const HEADERS: Readonly<Record<Field, readonly string[]>> = {
  name: ['姓名', '名字', '成员', '代表姓名', 'name'],
  category: ['类别', '類別', '人员类别', '人員類別', '界别', 'category'],
  role: ['表决权', '表決權', '身份', '角色', 'role', 'voting'],
  household: ['户号', '戶號', '户', '戶', '门牌', '門牌', 'household'],
  area: ['面积', '面積', '专有部分面积', '專有部分面積', 'area', 'area (m²)', 'area(m2)'],
  affiliation: ['单位', '單位', '楼栋', '樓棟', '小组', '小組', '所属', '所屬', 'affiliation'],
};

const OBSERVER_WORDS = ['列席', '列席人员', '列席人員', '无', '無', '否', 'no', 'observer', 'n'];
const MEMBER_WORDS = ['成员', '成員', '代表', '有', '是', 'yes', 'member', 'y', ''];

const norm = (text: string) => text.replace(/\s+/g, '').toLowerCase();

function leaf(messages: Messages, path: readonly string[]): string | null {
  let node: Messages | string | undefined = messages;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

/** Every way a category may be written: its code name and its label in each locale. */
const CATEGORY_WORDS: ReadonlyMap<string, Category> = (() => {
  const words = new Map<string, Category>();
  for (const category of categorySchema.options) {
    words.set(norm(category), category);
    for (const messages of Object.values(UI_MESSAGES)) {
      const label = leaf(messages, ['chair', 'vocab', 'category', category]);
      if (label) words.set(norm(label), category);
    }
  }
  for (const [alias, category] of [
    ['两委', 'committee'],
    ['兩委', 'committee'],
    ['居民代表', 'residentRep'],
    ['村民代表', 'residentRep'],
    ['代表', 'residentRep'],
    ['业委会', 'ownersCommittee'],
    ['業委會', 'ownersCommittee'],
    ['物业', 'propertyManager'],
    ['物業', 'propertyManager'],
  ] as const) {
    words.set(norm(alias), category);
  }
  return words;
})();

export type RowError = Readonly<{
  code: string;
  params?: Readonly<Record<string, string | number>>;
}>;

/** One member as the import command takes it. */
export type MemberRow = Extract<CommandInput, { type: 'roster/importMembers' }>['members'][number];

export type ParsedRow = Readonly<{
  /** Line in the file (1 is the header). */
  line: number;
  name: string;
  category: string;
  role: Role;
  household: string;
  area: string;
  affiliation: string;
  errors: readonly RowError[];
  /** The member this row adds, when the row has no error. */
  member: MemberRow | null;
}>;

export type ParsedTable = Readonly<{
  columns: Readonly<Partial<Record<Field, number>>>;
  rows: readonly ParsedRow[];
  /** A problem with the whole file (no name column, nothing in it). */
  fileError: RowError | null;
}>;

function findColumns(header: readonly string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((title, index) => {
    const key = norm(cleanLine(title));
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (columns[field] === undefined && HEADERS[field].some((h) => norm(h) === key))
        columns[field] = index;
    }
  });
  return columns;
}

/** Rows parsed in order, a range at a time, so a long file can show progress as it goes. */
export type RosterParser = Readonly<{
  columns: Readonly<Partial<Record<Field, number>>>;
  fileError: RowError | null;
  /** Rows below the header. */
  total: number;
  /** Parses body rows [from, to); call with consecutive ranges from 0. */
  parseRange(from: number, to: number): ParsedRow[];
}>;

/**
 * Turns the cells of a spreadsheet (first row: titles) into members to add, each row with its own
 * errors in catalogue codes. Text is cleaned as the core cleans it (invisible characters removed,
 * NFC, trimmed), so duplicates are found on the names the roster will hold; a control character
 * is refused by row. The core's command schema is the last check of every row. Linear: one pass,
 * one map of names seen.
 */
export function rosterParser(
  cells: readonly (readonly string[])[],
  existingNames: ReadonlySet<string>,
  makeId: () => string,
): RosterParser {
  const [header, ...body] = cells;
  if (!header || body.length === 0) {
    return { columns: {}, fileError: { code: 'empty' }, total: 0, parseRange: () => [] };
  }
  const columns = findColumns(header);
  if (columns.name === undefined) {
    return { columns, fileError: { code: 'noNameColumn' }, total: 0, parseRange: () => [] };
  }
  const seen = new Map<string, number>();
  const parseRow = (cellsOfRow: readonly string[], index: number): ParsedRow => {
    const line = index + 2;
    const errors: RowError[] = [];
    const cell = (field: Field) => {
      const at = columns[field];
      const raw = at === undefined ? '' : (cellsOfRow[at] ?? '');
      if (at !== undefined && hasControlCharacter(raw)) {
        errors.push({ code: 'controlCharacter', params: { column: cleanLine(header[at] ?? '') } });
      }
      return cleanLine(raw);
    };
    const name = cell('name');
    const categoryText = cell('category');
    const roleText = cell('role');
    const household = cell('household');
    const areaText = cell('area');
    const affiliation = cell('affiliation');
    if (name === '') errors.push({ code: 'noName' });
    else if (existingNames.has(name)) errors.push({ code: 'inRoster', params: { name } });
    else if (seen.has(name))
      errors.push({ code: 'duplicate', params: { name, line: seen.get(name) ?? 0 } });
    if (name !== '' && !seen.has(name)) seen.set(name, line);
    const known = categoryText === '' ? 'residentRep' : CATEGORY_WORDS.get(norm(categoryText));
    const category: Category = known ?? 'custom';
    let role: Role = 'member';
    if (OBSERVER_WORDS.includes(norm(roleText))) role = 'observer';
    else if (!MEMBER_WORDS.includes(norm(roleText)))
      errors.push({ code: 'badRole', params: { value: roleText } });
    const area = areaText === '' ? 0 : parseArea(areaText);
    if (area === null) errors.push({ code: 'badArea', params: { value: areaText } });
    let member: MemberRow | null = null;
    if (errors.length === 0) {
      const candidate: MemberRow = {
        memberId: makeId(),
        name,
        role,
        category,
        ...(known ? {} : { customCategory: categoryText }),
        ...(household ? { household } : {}),
        ...(area ? { area } : {}),
        ...(affiliation ? { affiliation } : {}),
      };
      const checked = commandInputSchema.safeParse({ type: 'roster/addMember', ...candidate });
      if (checked.success) member = candidate;
      else
        errors.push({
          code: 'invalid',
          params: { field: checked.error.issues[0]?.path.join('.') ?? '' },
        });
    }
    return {
      line,
      name,
      category: categoryText,
      role,
      household,
      area: areaText,
      affiliation,
      errors,
      member,
    };
  };
  return {
    columns,
    fileError: null,
    total: body.length,
    parseRange: (from, to) =>
      body.slice(from, to).map((cellsOfRow, offset) => parseRow(cellsOfRow, from + offset)),
  };
}

/** The whole file at once (tests, small files): the same as every range in order. */
export function parseRoster(
  cells: readonly (readonly string[])[],
  existingNames: ReadonlySet<string>,
  makeId: () => string,
): ParsedTable {
  const parser = rosterParser(cells, existingNames, makeId);
  return {
    columns: parser.columns,
    rows: parser.parseRange(0, parser.total),
    fileError: parser.fileError,
  };
}

/** Any spreadsheet cell as text: numbers without exponent noise, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
