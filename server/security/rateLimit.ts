// Token buckets: a burst allowance that refills at a steady rate. Used per client (messages) and per address
// (joins, code look-ups, class creation). Time comes from the caller so tests can drive it.

export interface BucketSpec {
  /** Largest burst, in tokens. */
  capacity: number;
  /** Tokens restored per second. */
  refillPerS: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly spec: BucketSpec,
    now: number,
  ) {
    this.tokens = spec.capacity;
    this.last = now;
  }

  /** Takes one token if there is one; false means "over the limit". */
  take(now: number, cost = 1): boolean {
    this.tokens = Math.min(this.spec.capacity, this.tokens + ((now - this.last) / 1000) * this.spec.refillPerS);
    this.last = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Whether a token is available, without taking it. */
  peek(now: number): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.spec.refillPerS >= 1;
  }

  /** True once the bucket has refilled completely (its entry can be forgotten). */
  full(now: number): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.spec.refillPerS >= this.spec.capacity;
  }
}

/** One bucket per key (an IP address), forgetting keys whose bucket has refilled. */
export class KeyedLimiter {
  private buckets = new Map<string, TokenBucket>();
  private lastSweep = 0;

  constructor(private readonly spec: BucketSpec) {}

  take(key: string, now = Date.now()): boolean {
    if (now - this.lastSweep > 60_000) this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.spec, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  /** Whether `key` could take a token now (does not take one). */
  allows(key: string, now = Date.now()): boolean {
    return this.buckets.get(key)?.peek(now) ?? true;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (bucket.full(now)) this.buckets.delete(key);
  }
}
