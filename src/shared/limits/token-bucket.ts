/** A bucket's settings: how many points it holds when full, and how many it regains each second. */
export interface BucketSettings {
  burst: number;
  refillPerSecond: number;
}

export interface Withdrawal {
  allowed: boolean;
  /** Points left after this request (or before it, when refused). */
  remaining: number;
  /** When refused: whole seconds until the bucket holds enough for this request. */
  retryAfterSeconds: number;
}

/**
 * Per-subject token buckets, as Shopify and GitHub meter GraphQL: each request withdraws its query
 * cost; the bucket refills continuously up to its burst size. Buckets live in this process; with
 * several instances behind a load balancer each keeps its own (see README, Operations).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { points: number; at: number }>();

  constructor(
    readonly settings: BucketSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(subject: string, cost: number): Withdrawal {
    const now = this.now();
    const bucket = this.buckets.get(subject) ?? { points: this.settings.burst, at: now };
    const points = Math.min(this.settings.burst, bucket.points + ((now - bucket.at) / 1000) * this.settings.refillPerSecond);
    if (cost > points) {
      this.buckets.set(subject, { points, at: now });
      // A cost above the burst can never be met; the cost limit refuses those before they get here.
      const wait = cost > this.settings.burst ? Infinity : (cost - points) / this.settings.refillPerSecond;
      return { allowed: false, remaining: Math.floor(points), retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
    }
    this.buckets.set(subject, { points: points - cost, at: now });
    this.forgetFullBuckets(now);
    return { allowed: true, remaining: Math.floor(points - cost), retryAfterSeconds: 0 };
  }

  /** Points the subject could spend now, without withdrawing any. */
  available(subject: string): number {
    const bucket = this.buckets.get(subject);
    if (!bucket) return this.settings.burst;
    return Math.floor(Math.min(this.settings.burst, bucket.points + ((this.now() - bucket.at) / 1000) * this.settings.refillPerSecond));
  }

  get size(): number {
    return this.buckets.size;
  }

  private lastSweep = 0;

  /** A bucket that has refilled is the same as no bucket: dropping them keeps memory bounded by recent callers. */
  private forgetFullBuckets(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [subject, bucket] of this.buckets) {
      if (bucket.points + ((now - bucket.at) / 1000) * this.settings.refillPerSecond >= this.settings.burst) this.buckets.delete(subject);
    }
  }
}
