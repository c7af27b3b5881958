// Failed logins counted per key (an IP address, a login name) over a sliding window. Past the
// limit the key is refused without checking the password, so guessing costs the guesser time and
// the hub no argon2 work. Kept in memory: a restart forgets, which only gives a guesser one window.

export type FailureLimiter = Readonly<{
  /** True when any of `keys` has reached the limit within the window before `now`. */
  blocked(keys: readonly string[], now: number): boolean;
  /** Counts one failure against each key. */
  fail(keys: readonly string[], now: number): void;
  /** Forgets a key's failures (a successful login). */
  clear(key: string): void;
}>;

export type LimiterOptions = Readonly<{ max: number; windowMs: number; maxKeys?: number }>;

export function failureLimiter(options: LimiterOptions): FailureLimiter {
  const failures = new Map<string, number[]>();
  // Bounded: a flood of made-up login names must not grow the map without end.
  const maxKeys = options.maxKeys ?? 50_000;
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((at) => now - at < options.windowMs);
  return {
    blocked: (keys, now) => keys.some((key) => recent(key, now).length >= options.max),
    fail(keys, now) {
      for (const key of keys) {
        const times = [...recent(key, now), now].slice(-options.max);
        failures.delete(key);
        failures.set(key, times);
      }
      while (failures.size > maxKeys) {
        const oldest = failures.keys().next().value;
        if (oldest === undefined) break;
        failures.delete(oldest);
      }
    },
    clear: (key) => void failures.delete(key),
  };
}

/** Five failures per fifteen minutes, per address and per login. */
export const LOGIN_LIMIT: LimiterOptions = { max: 5, windowMs: 15 * 60_000 };
