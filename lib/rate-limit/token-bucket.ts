/**
 * A token bucket per key: each key may spend `burst` requests at once and earns `perSecond` back, so
 * steady use at or under the rate never waits while a runaway script is slowed to it. In memory:
 * buckets that have refilled completely are forgotten, which keeps the map to the keys active lately.
 */
type TokenBucketDecision = { ok: true } | { ok: false; retryAfterMs: number };

export type TokenBuckets = {
  take(key: string, now?: number): TokenBucketDecision;
  /** How many keys hold a bucket (for tests of the pruning). */
  size(): number;
};

type Bucket = { tokens: number; at: number };

const PRUNE_EVERY = 1000;

export function createTokenBuckets(options: { perSecond: number; burst: number }): TokenBuckets {
  const { perSecond, burst } = options;
  const buckets = new Map<string, Bucket>();
  let takes = 0;

  const refilled = (bucket: Bucket, now: number) =>
    Math.min(burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * perSecond);

  const prune = (now: number) => {
    for (const [key, bucket] of buckets) if (refilled(bucket, now) >= burst) buckets.delete(key);
  };

  return {
    take(key, now = Date.now()) {
      if (++takes % PRUNE_EVERY === 0) prune(now);
      const existing = buckets.get(key);
      const tokens = existing ? refilled(existing, now) : burst;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { ok: true };
      }
      buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterMs: perSecond > 0 ? Math.ceil(((1 - tokens) / perSecond) * 1000) : Infinity };
    },
    size: () => buckets.size,
  };
}
