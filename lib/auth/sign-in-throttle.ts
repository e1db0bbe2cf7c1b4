/**
 * Slows password guessing. Sign-in runs in a server action that calls Better Auth's API directly, which
 * skips Better Auth's per-request rate limiter, so the studio counts failed attempts per address
 * itself: after MAX_FAILURES within WINDOW_MS, that address waits until the oldest failure ages out.
 * In memory, per process (lib/rate-limit/failure-throttle.ts).
 */
import "server-only";
import { createFailureThrottle } from "@/lib/rate-limit/failure-throttle";

const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

export type SignInThrottle = {
  /** Milliseconds to wait before trying again, or 0. */
  retryAfterMs(email: string, now?: number): number;
  recordFailure(email: string, now?: number): void;
  recordSuccess(email: string): void;
};

export function createSignInThrottle(options: { maxFailures?: number; windowMs?: number } = {}): SignInThrottle {
  const failures = createFailureThrottle({
    maxFailures: options.maxFailures ?? MAX_FAILURES,
    windowMs: options.windowMs ?? WINDOW_MS,
  });
  return {
    retryAfterMs: (email, now) => failures.retryAfterMs(email.toLowerCase(), now),
    recordFailure: (email, now) => failures.recordFailure(email.toLowerCase(), now),
    recordSuccess: (email) => failures.recordSuccess(email.toLowerCase()),
  };
}

const globalState = globalThis as typeof globalThis & { __klingStudioSignInThrottle?: SignInThrottle };

/** The process's throttle (on globalThis: Next.js may load this module in more than one bundle). */
export function signInThrottle(): SignInThrottle {
  globalState.__klingStudioSignInThrottle ??= createSignInThrottle();
  return globalState.__klingStudioSignInThrottle;
}
