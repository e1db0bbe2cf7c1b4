/**
 * Slows password guessing. Sign-in runs in a server action that calls Better Auth's API directly, which
 * skips Better Auth's per-request rate limiter, so the studio counts failed attempts per address
 * itself: after MAX_FAILURES within WINDOW_MS, that address waits until the oldest failure ages out.
 * In memory, per process: enough to turn a guessing run from thousands of tries an hour into dozens.
 */
import "server-only";

const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

export type SignInThrottle = {
  /** Milliseconds to wait before trying again, or 0. */
  retryAfterMs(email: string, now?: number): number;
  recordFailure(email: string, now?: number): void;
  recordSuccess(email: string): void;
};

export function createSignInThrottle(options: { maxFailures?: number; windowMs?: number } = {}): SignInThrottle {
  const maxFailures = options.maxFailures ?? MAX_FAILURES;
  const windowMs = options.windowMs ?? WINDOW_MS;
  const failures = new Map<string, number[]>();
  const recent = (email: string, now: number) => {
    const kept = (failures.get(email) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) failures.delete(email);
    else failures.set(email, kept);
    return kept;
  };
  return {
    retryAfterMs(email, now = Date.now()) {
      const kept = recent(email.toLowerCase(), now);
      return kept.length < maxFailures ? 0 : kept[kept.length - maxFailures] + windowMs - now;
    },
    recordFailure(email, now = Date.now()) {
      const key = email.toLowerCase();
      failures.set(key, [...recent(key, now), now]);
    },
    recordSuccess(email) {
      failures.delete(email.toLowerCase());
    },
  };
}

const globalState = globalThis as typeof globalThis & { __klingStudioSignInThrottle?: SignInThrottle };

/** The process's throttle (on globalThis: Next.js may load this module in more than one bundle). */
export function signInThrottle(): SignInThrottle {
  globalState.__klingStudioSignInThrottle ??= createSignInThrottle();
  return globalState.__klingStudioSignInThrottle;
}
