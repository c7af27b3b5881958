import { z } from 'zod';
import { MAX_SPEECH_LIMIT_SEC } from '../defaults';
import {
  cleanLine,
  cleanText,
  CONTROL_CHARACTER,
  hasControlCharacter,
  repairLine,
  repairText,
} from './text';

// Field schemas shared by commands, events and the meeting script. Limits keep a malformed or
// hostile import from bloating the state; they are generous for real meetings.

/** Epoch milliseconds. */
export const timeSchema = z.number().int().nonnegative().max(8.64e15);
/** A speech's time limit in whole seconds, up to the longest allowed. */
export const speechLimitSecSchema = z.number().int().min(0).max(MAX_SPEECH_LIMIT_SEC);
/**
 * An id chosen by the caller (UI, backend or script): the core never invents ids. Names that
 * every object inherits ('__proto__', 'constructor', 'toString', …) are refused, so an id can
 * never reach a prototype member when the state looks it up in a record.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .refine((id) => !(id in Object.prototype), { message: 'reservedId' });
/**
 * Text a person typed, as the core takes it: cleaned by `clean` (see text.ts: invisible format
 * characters removed, NFC), refused with 'controlCharacter' if a control character is left, and
 * at most `limit` long both as sent and as kept (so a stored value always passes the stored form).
 */
function typed(limit: number, clean: (text: string) => string, min = 0) {
  return z
    .string()
    .max(limit)
    .overwrite(clean)
    .min(min)
    .max(limit)
    .refine((text) => !hasControlCharacter(text), { message: CONTROL_CHARACTER });
}

/** A one-line label as typed (names, titles, places): cleaned, one line, trimmed. */
export const lineOf = (limit: number, min = 0) => typed(limit, cleanLine, min);
/** Free text as typed: cleaned, line breaks kept, trimmed only when it must not be blank. */
export const textOf = (limit: number, min = 0) =>
  typed(limit, min > 0 ? (text) => cleanText(text).trim() : cleanText, min);

/** A one-line label: names, titles, places. */
export const lineSchema = lineOf(200);
export const requiredLineSchema = lineOf(200, 1);
/** Free text: descriptions, notes, resolutions, reasons. */
export const textSchema = textOf(5000);

/**
 * The same fields as events store them. The restore gate reads old journals and archives with
 * these: they clean (control characters dropped, not refused), so a meeting written before the
 * gate still opens and never shows a disguised name.
 */
export const storedLineOf = (limit: number) => z.string().max(limit).overwrite(repairLine);
export const storedLineSchema = storedLineOf(200);
export const storedTextSchema = z.string().max(5000).overwrite(repairText);
/** A calendar date 'YYYY-MM-DD'. */
export const dateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** A non-negative safe integer count (heads, households, 0.01 m², fen). */
export const countSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/**
 * One member's floor area in 0.01 m²: at most 10⁹ m², so the sum over any roster stays a safe
 * integer and area comparisons stay exact.
 */
export const areaSchema = z.number().int().nonnegative().max(100_000_000_000);

/** A count as the chair enters it; households and area default to 0 where the preset ignores them. */
export const tallyInputSchema = z.strictObject({
  heads: countSchema,
  households: countSchema.default(0),
  area: countSchema.default(0),
});

export const tallySchema = z.strictObject({
  heads: countSchema,
  households: countSchema,
  area: countSchema,
});
