// What a person types passes here before the core keeps it. Names and free text are shown on the
// projector, in the signed PDFs and in the roster, so nothing in them may be invisible: a
// right-to-left override shows the rest of a name backwards, a zero-width space makes two names
// that look the same differ, and a control character (NUL, ESC, C1) corrupts what shows.

/**
 * Invisible format characters, removed: bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), the marks LRM, RLM and ALM (U+200E, U+200F, U+061C), zero-width space, joiners
 * and word joiner (U+200B–200D, U+2060), invisible operators (U+2061–2064), the Mongolian vowel
 * separator (U+180E), the soft hyphen (U+00AD) and the byte-order mark (U+FEFF).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
/** Breaks and tabs, which a one-line field shows as one space. */
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;

/** Free text as kept: NFC (one code sequence per look), with the invisible characters removed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC');
}

/** A one-line field (a name, a title) as kept: cleaned, breaks as spaces, no outer whitespace. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(LINE_BREAKS, ' ').trim();
}

/** True when the text has a control character that must be refused rather than guessed away. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * For stored data only (old journals, archives): the same cleaning, with control characters
 * dropped instead of refused, so a meeting written before this gate still opens, cleaned.
 */
export function repairText(text: string): string {
  return cleanText(text.replace(CONTROL_ALL, ''));
}

/** The one-line form of `repairText`. */
export function repairLine(text: string): string {
  return cleanLine(text.replace(CONTROL_ALL, ''));
}

/** The zod issue message the core turns into 'command.controlCharacter'. */
export const CONTROL_CHARACTER = 'controlCharacter';
