import { createRequire } from 'node:module';

// Words of a title, so that a title breaks between words (GB/T 9704: 词意完整), not inside them
// as "拓|宽" or "非机|动车". Node's Intl.Segmenter('zh') splits exactly such words (拓|宽,
// 非|机动|车, 晾|晒, 监|控), so titles use jieba's dictionary (jieba-wasm: jieba-rs compiled to
// WebAssembly, no native binary, nothing downloaded at install or run time). Building its
// dictionary costs about 0.3 s of CPU, so it is loaded only when a title's break is not already at
// a natural place (see blocks-title.ts), once per process. Its dictionary is Simplified: on
// Traditional text it cuts 關於村|內主幹道 and 非機動|車棚, so Traditional titles are converted to
// Simplified character for character (opencc-js, loaded on the same terms), cut, and the cuts
// carried back. If either cannot load, Intl.Segmenter is the fallback.

type Cutter = (text: string) => string[];

let cutter: Cutter | null | undefined;
let toSimplified: ((text: string) => string) | null | undefined;

const require = createRequire(import.meta.url);

function intlCutter(locale = 'zh'): Cutter {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => Array.from(segmenter.segment(text), (part) => part.segment);
}

function loadCutter(): Cutter {
  try {
    const jieba = require('jieba-wasm') as { cut(text: string, hmm?: boolean): string[] };
    return (text) => jieba.cut(text, true);
  } catch {
    return intlCutter();
  }
}

function loadSimplifier(): ((text: string) => string) | null {
  try {
    const opencc = require('opencc-js/t2cn') as {
      Converter(options: { from: string; to: string }): (text: string) => string;
    };
    return opencc.Converter({ from: 'tw', to: 'cn' });
  } catch {
    return null;
  }
}

/** `words`' lengths (in code points) laid over `text`: the same cuts in the original characters. */
function carryCuts(text: string, words: readonly string[]): string[] {
  const chars = [...text];
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    const length = [...word].length;
    out.push(chars.slice(at, at + length).join(''));
    at += length;
  }
  return out;
}

/** The words of `text` by dictionary, in order, joining back to exactly `text`. */
export function titleWords(text: string, locale = 'zh-CN'): string[] {
  cutter ??= loadCutter();
  let source = text;
  if (locale === 'zh-TW') {
    toSimplified ??= loadSimplifier();
    const simplified = toSimplified?.(text);
    // Character for character only: a phrase converted to another length would shift the cuts.
    if (simplified && [...simplified].length === [...text].length) source = simplified;
  }
  const words = source === text ? cutter(text) : carryCuts(text, cutter(source));
  // A segmenter that drops or alters characters would shift every later break: don't trust it.
  return words.join('') === text ? words : intlCutter(locale)(text);
}

/** The built-in segmenter's words: cheap, but it splits words it does not know (拓|宽). */
export function intlWords(text: string, locale = 'zh-CN'): string[] {
  return intlCutter(locale)(text);
}

/** Whether the dictionaries are loaded (or known not to load): the next title waits for nothing. */
export function segmenterReady(): boolean {
  return cutter !== undefined && toSimplified !== undefined;
}

/** Loads the dictionaries ahead of the first export (e.g. while the app starts idle). */
export function preloadSegmenter(): void {
  cutter ??= loadCutter();
  toSimplified ??= loadSimplifier();
}
