import {
  cleanLine,
  commandInputSchema,
  hasControlCharacter,
  type Category,
  type CommandInput,
  type Role,
} from '../domain';
import { categoryOfLabel } from './categories';
import { detectHeader, guessColumns, type ColumnMap, type RosterField } from './headers';

/** A number with at most two decimals as an integer of hundredths (m² → 0.01 m², 元 → 分). */
export function parseHundredths(text: string): number | null {
  const match = /^\s*(\d{1,13})(?:\.(\d{0,2}))?\s*$/.exec(text.replace(/[,，]/g, ''));
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

const norm = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** A 表决权 cell: who has no vote (an observer) and who has one. */
const NO_VOTE = ['列席', '列席人员', '列席人員', '无', '無', '否', 'no', 'observer', 'n'];
const VOTE = ['成员', '成員', '代表', '有', '是', 'yes', 'member', 'y', ''];
/** A 是否列席 cell: the same words with the opposite meaning. */
const OBSERVING = ['是', '列席', 'yes', 'y', '√', '✓', '✔', '1', 'true'];
const NOT_OBSERVING = ['否', '不', '无', '無', 'no', 'n', '×', '0', 'false', ''];

export type RowError = Readonly<{
  code: string;
  params?: Readonly<Record<string, string | number>>;
}>;

/** One member as the import command takes it. */
export type MemberRow = Extract<CommandInput, { type: 'roster/importMembers' }>['members'][number];

/** How the file is read: where its header is, what each column is, what each label means. */
export type RosterMapping = Readonly<{
  /** Index of the header row (rows above it are titles or blank). */
  headerIndex: number;
  columns: ColumnMap;
  /**
   * The chair's category for a label (as cleaned), overriding the guess; 'custom' keeps the label
   * as a category of its own. A label neither known nor chosen leaves its rows unimported.
   */
  categories: Readonly<Record<string, Category>>;
}>;

export type ParsedRow = Readonly<{
  /** Line in the file (1 is the first row, whatever it holds). */
  line: number;
  name: string;
  /** The category cell as written. */
  category: string;
  role: Role;
  household: string;
  area: string;
  affiliation: string;
  phone: string;
  errors: readonly RowError[];
  /** The member this row adds, when the row has no error. */
  member: MemberRow | null;
}>;

/** Rows parsed in order, a range at a time, so a long file can show progress as it goes. */
export type RosterParser = Readonly<{
  mapping: RosterMapping;
  /** A problem with the whole file (no name column, nothing below the header). */
  fileError: RowError | null;
  /** Rows below the header, blank rows left out. */
  total: number;
  /** Parses body rows [from, to); call with consecutive ranges from 0. */
  parseRange(from: number, to: number): ParsedRow[];
}>;

/** The mapping the app guesses for a file: the detected header (else the first row), no choices. */
export function guessMapping(cells: readonly (readonly string[])[]): RosterMapping {
  const found = detectHeader(cells);
  return found
    ? { ...found, categories: {} }
    : { headerIndex: 0, columns: guessColumns(cells[0] ?? []), categories: {} };
}

function roleOf(
  text: Readonly<{ role: string | null; observer: string | null }>,
  errors: RowError[],
): Role {
  let role: Role = 'member';
  if (text.role !== null) {
    if (NO_VOTE.includes(norm(text.role))) role = 'observer';
    else if (!VOTE.includes(norm(text.role)))
      errors.push({ code: 'badRole', params: { value: text.role } });
  }
  if (text.observer !== null) {
    if (OBSERVING.includes(norm(text.observer))) role = 'observer';
    else if (!NOT_OBSERVING.includes(norm(text.observer)))
      errors.push({ code: 'badObserver', params: { value: text.observer } });
  }
  return role;
}

function categoryOf(
  label: string,
  chosen: Readonly<Record<string, Category>>,
  errors: RowError[],
): Readonly<{ category: Category; customCategory?: string }> {
  if (label === '') return { category: 'residentRep' };
  const category = chosen[label] ?? categoryOfLabel(label);
  if (category === null) {
    errors.push({ code: 'categoryUnconfirmed', params: { value: label } });
    return { category: 'custom', customCategory: label };
  }
  return category === 'custom' ? { category, customCategory: label } : { category };
}

/**
 * Turns the cells of a spreadsheet into members to add, each row with its own errors in catalogue
 * codes. Text is cleaned as the core cleans it (invisible characters removed, NFC, trimmed), so
 * duplicates are found on the names the roster will hold; a control character is refused by row.
 * The core's command schema is the last check of every row. Linear: one pass, one map of names.
 */
export function rosterParser(
  cells: readonly (readonly string[])[],
  existingNames: ReadonlySet<string>,
  makeId: () => string,
  chosen?: RosterMapping,
): RosterParser {
  const mapping = chosen ?? guessMapping(cells);
  const header = cells[mapping.headerIndex] ?? [];
  const body: { cells: readonly string[]; line: number }[] = [];
  cells.forEach((row, index) => {
    if (index > mapping.headerIndex && row.some((cell) => cell.trim() !== ''))
      body.push({ cells: row, line: index + 1 });
  });
  const none = (fileError: RowError): RosterParser => ({
    mapping,
    fileError,
    total: 0,
    parseRange: () => [],
  });
  if (body.length === 0) return none({ code: 'empty' });
  if (!mapping.columns.includes('name')) return none({ code: 'noNameColumn' });
  const columnOf = (field: RosterField) => {
    const at = mapping.columns.indexOf(field);
    return at < 0 ? undefined : at;
  };
  const seen = new Map<string, number>();
  const parseRow = (row: Readonly<{ cells: readonly string[]; line: number }>): ParsedRow => {
    const { line } = row;
    const errors: RowError[] = [];
    const cell = (field: RosterField): string | null => {
      const at = columnOf(field);
      if (at === undefined) return null;
      const raw = row.cells[at] ?? '';
      if (hasControlCharacter(raw))
        errors.push({ code: 'controlCharacter', params: { column: cleanLine(header[at] ?? '') } });
      return cleanLine(raw);
    };
    const name = cell('name') ?? '';
    const categoryText = cell('category') ?? '';
    const role = roleOf({ role: cell('role'), observer: cell('observer') }, errors);
    const household = cell('household') ?? '';
    const areaText = cell('area') ?? '';
    const affiliation = cell('affiliation') ?? '';
    const phone = cell('phone') ?? '';
    if (name === '') errors.push({ code: 'noName' });
    else if (existingNames.has(name)) errors.push({ code: 'inRoster', params: { name } });
    else if (seen.has(name))
      errors.push({ code: 'duplicate', params: { name, line: seen.get(name) ?? 0 } });
    if (name !== '' && !seen.has(name)) seen.set(name, line);
    const category = categoryOf(categoryText, mapping.categories, errors);
    const area = areaText === '' ? 0 : parseHundredths(areaText);
    if (area === null) errors.push({ code: 'badArea', params: { value: areaText } });
    let member: MemberRow | null = null;
    if (errors.length === 0) {
      const candidate: MemberRow = {
        memberId: makeId(),
        name,
        role,
        ...category,
        ...(household ? { household } : {}),
        ...(area ? { area } : {}),
        ...(affiliation ? { affiliation } : {}),
        ...(phone ? { phone } : {}),
      };
      const checked = commandInputSchema.safeParse({ type: 'roster/addMember', ...candidate });
      if (checked.success) member = candidate;
      else
        errors.push({
          code: 'invalid',
          params: { field: checked.error.issues[0]?.path.join('.') ?? '' },
        });
    }
    const text = { household, area: areaText, affiliation, phone };
    return { line, name, category: categoryText, role, ...text, errors, member };
  };
  return {
    mapping,
    fileError: null,
    total: body.length,
    parseRange: (from, to) => body.slice(from, to).map(parseRow),
  };
}

export type ParsedTable = Readonly<{
  mapping: RosterMapping;
  rows: readonly ParsedRow[];
  fileError: RowError | null;
}>;

/** The whole file at once (tests, small files): the same as every range in order. */
export function parseRoster(
  cells: readonly (readonly string[])[],
  existingNames: ReadonlySet<string>,
  makeId: () => string,
  chosen?: RosterMapping,
): ParsedTable {
  const parser = rosterParser(cells, existingNames, makeId, chosen);
  return {
    mapping: parser.mapping,
    rows: parser.parseRange(0, parser.total),
    fileError: parser.fileError,
  };
}
