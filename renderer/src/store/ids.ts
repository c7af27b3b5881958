let counter = 0;

/**
 * A fresh id for a command that creates something (speech, vote, member, item). The core never
 * invents ids, so the window does; randomUUID where the page is a secure context, else a
 * time-and-counter id that is unique within this window.
 */
export function newId(prefix: string): string {
  counter += 1;
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${counter.toString(36)}`;
  return `${prefix}-${random}`;
}
