import { parseHundredths } from '../../../../shared/roster-table';

export {
  parseHundredths,
  parseRoster,
  rosterParser,
  type MemberRow,
  type ParsedRow,
  type ParsedTable,
  type RosterMapping,
  type RowError,
} from '../../../../shared/roster-table';

/** Floor area typed in m², kept in 0.01 m² so every comparison stays exact. */
export const parseArea = parseHundredths;
/** A budget typed in yuan, kept in fen. */
export const parseYuan = parseHundredths;

/** Any spreadsheet cell as text: numbers without exponent noise, dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
