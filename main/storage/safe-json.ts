import type { Notice } from './types';
import { notice } from './types';

/** Bounds for untrusted JSON; the defaults fit a meeting document with room to spare. */
export type JsonLimits = {
  readonly maxBytes: number;
  readonly maxDepth: number;
  readonly maxStringLength: number;
};

export const DOCUMENT_LIMITS: JsonLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  maxStringLength: 256 * 1024,
};
export const LINE_LIMITS: JsonLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxStringLength: 256 * 1024,
};

/** Keys that could reach Object.prototype if any later code merged this data into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParse = { ok: true; value: unknown } | { ok: false; refusal: Notice };

/**
 * Measure nesting depth and string lengths in one linear pass before JSON.parse, so a hostile
 * file (a million nested brackets, a 500 MB string) is refused cheaply instead of exhausting the
 * stack or memory in the parser or in later recursive code.
 */
function scan(text: string, limits: JsonLimits, file: string): Notice | undefined {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) {
        inString = false;
        if (i - stringStart > limits.maxStringLength)
          return notice('refused.stringTooLong', { file, limit: limits.maxStringLength });
      }
    } else if (c === 0x22) {
      inString = true;
      stringStart = i;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth)
        return notice('refused.tooDeep', { file, limit: limits.maxDepth });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (inString && text.length - stringStart > limits.maxStringLength)
    return notice('refused.stringTooLong', { file, limit: limits.maxStringLength });
  return undefined;
}

/** Walk the parsed value without recursion and find a forbidden key (escapes already decoded). */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/**
 * Parse untrusted JSON text: size, depth and string-length limits, and refusal of
 * `__proto__`/`constructor`/`prototype` keys. JSON.parse itself never calls setters, so the
 * prototype cannot change here; refusing the keys protects every consumer downstream.
 * `file` names the source in the messages (a base name, shown to the user).
 */
export function safeJsonParse(text: string, limits: JsonLimits, file: string): SafeParse {
  if (text.trim().length === 0) return { ok: false, refusal: notice('refused.empty', { file }) };
  if (text.length > limits.maxBytes)
    return { ok: false, refusal: notice('refused.tooLarge', { file, limit: limits.maxBytes }) };
  const scanned = scan(text, limits, file);
  if (scanned) return { ok: false, refusal: scanned };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, refusal: notice('refused.notJson', { file }) };
  }
  const key = findForbiddenKey(value);
  if (key !== undefined)
    return { ok: false, refusal: notice('refused.forbiddenKey', { file, key }) };
  return { ok: true, value };
}
