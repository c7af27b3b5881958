import Papa from 'papaparse';
import type { ApiError } from '../../../../shared/api/errors';
import { decodeText } from '../../../../shared/text/decode';
import { checkRosterFileSize, checkXlsx } from './roster-file-checks';
import { cellText } from './roster-parse';

export type ReadTable =
  Readonly<{ ok: true; cells: string[][] }> | Readonly<{ ok: false; error: ApiError }>;

/**
 * The cells of a roster file, by its kind: CSV in any encoding people save it in (UTF-8 with or
 * without BOM, UTF-16 with BOM, GB18030/GBK) through papaparse; XLSX through read-excel-file,
 * loaded only when an XLSX file is chosen so the console itself stays small. Files too large to
 * be a roster, and workbooks that would unpack too large, are refused before they are parsed.
 */
export async function readTable(file: File): Promise<ReadTable> {
  const size = checkRosterFileSize(file.size);
  if (!size.ok) return size;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) {
    const checked = checkXlsx(bytes);
    if (!checked.ok) return checked;
    const { readSheet } = await import('read-excel-file/browser');
    const rows = await readSheet(file);
    return { ok: true, cells: rows.map((row) => row.map(cellText)) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  // Blank lines are kept so every row keeps its line number in the file (the preview names
  // lines); the parser passes over blank rows, above the header and below it.
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false });
  return { ok: true, cells: parsed.data.map((row) => row.map(cellText)) };
}
