import type { ApiError } from '../api/errors';
import { coded } from '../kernel/result';

/**
 * Which encoding a text file turned out to be in. Names are the ones people see in editors, so an
 * error can repeat them.
 */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly error: ApiError };

/** Error codes of `decodeText`; their words are under `errors:text.*` in shared/i18n. */
export const TEXT_ERROR_CODES = [
  'text.unsupportedEncoding',
  'text.damaged',
  'text.undecodable',
  'text.binary',
] as const;
export type TextErrorCode = (typeof TEXT_ERROR_CODES)[number];

/** A decoding error; takes only the codes above, so each has words (tests check). */
const { problem: textError } = coded<TextErrorCode>();

type Bom = { readonly encoding: TextEncodingName; readonly label: string; readonly length: number };

// UTF-32 must be tested before UTF-16LE: its little-endian BOM begins with the UTF-16LE one.
const UNSUPPORTED_BOMS: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32BE' },
];
const BOMS: readonly (Bom & { readonly bytes: readonly number[] })[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8', label: 'utf-8', length: 3 },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE', label: 'utf-16le', length: 2 },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE', label: 'utf-16be', length: 2 },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Strict decoding: a byte that does not belong to the encoding gives null, never U+FFFD. */
function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function accept(text: string, encoding: TextEncodingName): DecodedText {
  // A NUL never occurs in a script, a CSV or any text a person saved; it marks a binary file
  // (or UTF-16 without a BOM), which would otherwise pass as "valid UTF-8".
  if (text.includes('\u0000')) return { ok: false, error: textError('text.binary') };
  return { ok: true, text, encoding };
}

/**
 * The text of a file whose encoding nobody told us, as people actually save them: UTF-8 with or
 * without a BOM, UTF-16 with a BOM (Windows Notepad's "Unicode"), or GB18030/GBK (Excel and
 * Notepad on a Chinese Windows). A BOM is trusted and removed; without one, UTF-8 is tried first
 * because GBK bytes are almost never valid UTF-8, while UTF-8 Chinese is never mistaken for GBK.
 * Anything else is refused with a typed error naming the encoding where it is known, instead of
 * being stored with replacement characters. Pure: TextDecoder exists in Node and in browsers.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const bom of UNSUPPORTED_BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      return { ok: false, error: textError('text.unsupportedEncoding', { encoding: bom.name }) };
    }
  }
  for (const bom of BOMS) {
    if (!startsWith(bytes, bom.bytes)) continue;
    const text = strict(bom.label, bytes.subarray(bom.length));
    if (text === null) {
      return { ok: false, error: textError('text.damaged', { encoding: bom.encoding }) };
    }
    return accept(text, bom.encoding);
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return accept(utf8, 'UTF-8');
  const gb = strict('gb18030', bytes);
  if (gb !== null) return accept(gb, 'GB18030');
  return { ok: false, error: textError('text.undecodable') };
}
