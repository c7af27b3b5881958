// Text that came from data (names, titles, file names, error details) must reach a terminal as
// text. A terminal acts on control characters instead of showing them: ESC and the C1 CSI start
// sequences that clear the screen, set the window title or colour a fake verdict; bidi controls
// reorder what follows. Each one is shown as a visible escape, so nothing is hidden either.

/** C0 controls, DEL, C1 controls, and the Unicode bidi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw: DEL, C1 and bidi (it escapes C0 itself; its line breaks are layout). */
const BEYOND_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line for the terminal: every control, C1 and bidi character as a visible escape. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * Multi-line text we composed ourselves (commander's help and errors): line breaks stay, every
 * other unsafe character is escaped.
 */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}

/**
 * JSON for the terminal. JSON.stringify escapes C0 controls but leaves C1 and bidi characters raw;
 * those become \u escapes too, so the output stays valid JSON that parses to the same data.
 */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    BEYOND_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
