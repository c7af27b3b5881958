import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real PDF tools (poppler-utils, qpdf) run on rendered files. CI installs them (.ci/run); on a
// machine without them the tests that need them are skipped with a warning, except under CI,
// where a missing tool must fail the run rather than pass it silently.

const TOOLS = ['pdfsig', 'qpdf', 'pdffonts', 'pdftotext', 'pdfinfo'] as const;

function hasTool(name: string): boolean {
  return spawnSync('which', [name]).status === 0;
}

const missing = TOOLS.filter((tool) => !hasTool(tool));
/** True when the PDF tools can run here. */
export const toolsAvailable = missing.length === 0 || process.env.CI === 'true';
if (missing.length > 0 && !toolsAvailable) {
  console.warn(
    `PDF tool tests skipped, missing: ${missing.join(', ')} (apt-get install poppler-utils qpdf)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'yishiting-pdf-'));
let counter = 0;

/** Writes `pdf` to a temp file for a tool and returns its path. */
export function tempPdf(pdf: Buffer): string {
  const file = join(dir, `doc-${counter++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

export function cleanupTemp(): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs a tool; returns stdout+stderr and the exit status (tools report problems both ways). */
export function run(tool: string, args: readonly string[]): { status: number; output: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Text of the whole PDF (or of one page) as pdftotext extracts it. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export type FontRow = Readonly<{ name: string; emb: string; sub: string; uni: string }>;

/** pdffonts' table, one row per font. */
export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file])
    .output.split('\n')
    .slice(2)
    .filter((line) => line.trim());
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type... encoding emb sub uni objectId gen: the flags are the 5th-3rd from the end.
    const [emb = '', sub = '', uni = ''] = cols.slice(-5, -2);
    return { name: cols[0] ?? '', emb, sub, uni };
  });
}

export function pageCount(file: string): number {
  const match = /Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).output);
  return Number(match?.[1] ?? 0);
}

/** pdfsig's verdict line for the first signature, e.g. "Signature is Valid." */
export function pdfsigValidation(file: string): string {
  return /Signature Validation:\s*(.*)/.exec(run('pdfsig', [file]).output)?.[1]?.trim() ?? '';
}

export type WordBox = Readonly<{
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}>;

/** Every word's box, from pdftotext -bbox-layout (for CJK a "word" is often a whole line). */
export function wordBoxes(file: string): WordBox[] {
  const html = run('pdftotext', ['-bbox-layout', file, '-']).output;
  const boxes: WordBox[] = [];
  let page = 0;
  for (const match of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
  )) {
    if (match[0] === '<page ') {
      page++;
      continue;
    }
    const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    boxes.push({ page, xMin, yMin, xMax, yMax, text: match[5] ?? '' });
  }
  return boxes;
}

/** Pairs of words on one page whose boxes (inset by a fifth of their height) intersect. */
export function overlappingWords(boxes: readonly WordBox[]): [WordBox, WordBox][] {
  const out: [WordBox, WordBox][] = [];
  const inset = (b: WordBox) => {
    const d = (b.yMax - b.yMin) / 5;
    return { ...b, yMin: b.yMin + d, yMax: b.yMax - d, xMin: b.xMin + 0.5, xMax: b.xMax - 0.5 };
  };
  const byPage = new Map<number, WordBox[]>();
  for (const box of boxes) byPage.set(box.page, [...(byPage.get(box.page) ?? []), inset(box)]);
  for (const list of byPage.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as WordBox;
        const b = list[j] as WordBox;
        if (a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax)
          out.push([a, b]);
      }
    }
  }
  return out;
}
