import { createRequire } from 'node:module';

// Words of a title, so that a title breaks between words (GB/T 9704: 词意完整), not inside them
// as "拓|宽" or "非机|动车". Node's Intl.Segmenter('zh') splits exactly such words (拓|宽,
// 非|机动|车, 晾|晒, 监|控), so titles use jieba's dictionary (jieba-wasm: jieba-rs compiled to
// WebAssembly, no native binary, nothing downloaded at install or run time). Its dictionary costs
// about 0.4 s to load, once per process and only when a title needs more than one line; if it
// cannot load, Intl.Segmenter is the fallback. Compared on the seeds' titles in issue 14's report.

type Cutter = (text: string) => string[];

let cutter: Cutter | null | undefined;

function intlCutter(): Cutter {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (part) => part.segment);
}

function loadCutter(): Cutter {
  try {
    const require = createRequire(import.meta.url);
    const jieba = require('jieba-wasm') as { cut(text: string, hmm?: boolean): string[] };
    return (text) => jieba.cut(text, true);
  } catch {
    return intlCutter();
  }
}

/** The words of `text`, in order, joining back to exactly `text`. */
export function titleWords(text: string): string[] {
  cutter ??= loadCutter();
  const words = cutter(text);
  // A segmenter that drops or alters characters would shift every later break: don't trust it.
  return words.join('') === text ? words : intlCutter()(text);
}

/** The built-in segmenter's words, for the comparison test. */
export function intlWords(text: string): string[] {
  return intlCutter()(text);
}

/** Loads the dictionary ahead of the first export (e.g. while the app starts idle). */
export function preloadSegmenter(): void {
  cutter ??= loadCutter();
}
