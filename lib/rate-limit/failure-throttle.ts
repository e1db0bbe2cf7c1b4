/**
 * Counts failed attempts per key (an email, a share link and an address…) in this process's memory:
 * after `maxFailures` within `windowMs`, the key waits until its oldest counted failure ages out. A
 * success clears the key. Several processes each keep their own counts, which still turns a guessing
 * run from thousands of tries an hour into dozens.
 */
import "server-only";

const SWEEP_AT = 10_000;

export type FailureThrottle = {
  /** Milliseconds to wait before trying again, or 0. */
  retryAfterMs(key: string, now?: number): number;
  recordFailure(key: string, now?: number): void;
  recordSuccess(key: string): void;
};

export function createFailureThrottle(options: { maxFailures: number; windowMs: number }): FailureThrottle {
  const { maxFailures, windowMs } = options;
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfterMs(key, now = Date.now()) {
      const kept = recent(key, now);
      return kept.length < maxFailures ? 0 : kept[kept.length - maxFailures] + windowMs - now;
    },
    recordFailure(key, now = Date.now()) {
      // Keys are only pruned when asked about again; a run of one-off keys (varied addresses) is swept here.
      if (failures.size >= SWEEP_AT) for (const stale of [...failures.keys()]) recent(stale, now);
      failures.set(key, [...recent(key, now), now]);
    },
    recordSuccess(key) {
      failures.delete(key);
    },
  };
}
