/**
 * A token bucket: `burst` tries at once, then one more every `refillMs`. Time comes from the
 * caller, so tests and the server agree on what "now" is.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    now: number,
  ) {
    this.tokens = burst;
    this.updatedAt = now;
  }

  /** Takes one try if there is one; otherwise says how long until the next. */
  take(now: number): Readonly<{ ok: true } | { ok: false; retryAfterMs: number }> {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.burst, this.tokens + elapsed / this.refillMs);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - this.tokens) * this.refillMs) };
  }

  full(now: number): boolean {
    return this.tokens + Math.max(0, now - this.updatedAt) / this.refillMs >= this.burst;
  }
}

export type ShortCodeLimits = Readonly<{
  perAddress: Readonly<{ burst: number; refillMs: number }>;
  overall: Readonly<{ burst: number; refillMs: number }>;
}>;

/**
 * The short code is six digits: what keeps a phone in the room from trying them all is this
 * limit, per address (one phone) and overall (many phones, or one changing its address).
 * A whole room typing the code at the door fits in the overall burst.
 */
export const SHORT_CODE_LIMITS: ShortCodeLimits = {
  perAddress: { burst: 8, refillMs: 10_000 },
  overall: { burst: 60, refillMs: 1_000 },
};

/** Buckets per address; a full bucket is forgotten so a stream of addresses cannot fill memory. */
export class ShortCodeLimiter {
  private readonly byAddress = new Map<string, TokenBucket>();
  private overall: TokenBucket;

  constructor(
    private readonly limits: ShortCodeLimits = SHORT_CODE_LIMITS,
    now = 0,
  ) {
    this.overall = new TokenBucket(limits.overall.burst, limits.overall.refillMs, now);
  }

  take(address: string, now: number): Readonly<{ ok: true } | { ok: false; retryAfterMs: number }> {
    if (this.byAddress.size > 10_000) this.prune(now);
    let bucket = this.byAddress.get(address);
    if (!bucket) {
      bucket = new TokenBucket(this.limits.perAddress.burst, this.limits.perAddress.refillMs, now);
      this.byAddress.set(address, bucket);
    }
    const own = bucket.take(now);
    if (!own.ok) return own;
    return this.overall.take(now);
  }

  private prune(now: number): void {
    for (const [address, bucket] of this.byAddress) {
      if (bucket.full(now)) this.byAddress.delete(address);
    }
  }
}
