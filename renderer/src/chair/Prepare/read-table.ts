import Papa from 'papaparse';
import { cellText, decodeText } from './roster-parse';

/**
 * The cells of a roster file, by its kind: CSV through papaparse; XLSX through read-excel-file,
 * loaded only when an XLSX file is chosen so the console itself stays small.
 */
export async function readTable(file: File): Promise<string[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser');
    const rows = await readSheet(file);
    return rows.map((row) => row.map(cellText));
  }
  const text = decodeText(await file.arrayBuffer());
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map(cellText));
}
