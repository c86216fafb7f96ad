/** At most `count` in any `windowMs`, refilled evenly: a burst of `count`, then one every `windowMs / count`. */
export interface Rate {
  count: number;
  windowMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many buckets, full ones (nobody has written for a whole window) are let go. */
const SWEEP_AT = 10_000;

/**
 * One token bucket per key, in this process's memory. `wait` says how long until a key may take one; `take` takes
 * one. Taking is split from asking so a request that needs several buckets (the person's and the tenant's) takes
 * from none unless every one has room.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rate: Rate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may take a token; 0 when it may now. */
  wait(key: string): number {
    const tokens = this.refilled(key);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.perToken());
  }

  take(key: string): void {
    const tokens = this.refilled(key);
    this.buckets.set(key, { tokens: tokens - 1, at: this.now() });
    if (this.buckets.size > SWEEP_AT) this.sweep();
  }

  private refilled(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.rate.count;
    const earned = (this.now() - bucket.at) / this.perToken();
    return Math.min(this.rate.count, bucket.tokens + earned);
  }

  private perToken(): number {
    return this.rate.windowMs / this.rate.count;
  }

  private sweep(): void {
    for (const key of [...this.buckets.keys()]) {
      if (this.refilled(key) >= this.rate.count) this.buckets.delete(key);
    }
  }
}
