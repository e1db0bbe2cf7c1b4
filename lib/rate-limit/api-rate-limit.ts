/**
 * The per-member limit on the APIs and media (every route handler behind sign-in, via denyUnless): a
 * token bucket per member, in this process's memory. Several processes each keep their own buckets,
 * so a member may reach the rate once per process; that still stops one member's runaway script from
 * starving the others, which is what it is for. Settings: STUDIO_API_REQUESTS_PER_SECOND and
 * STUDIO_API_BURST (docs/deploy.md).
 */
import "server-only";
import { type Env, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { slowDownMessage } from "./slow-down";
import { createTokenBuckets, type TokenBuckets } from "./token-bucket";

type ApiLimiter = { buckets: TokenBuckets | null; key: string };

const globalState = globalThis as typeof globalThis & { __klingStudioApiLimiter?: ApiLimiter };

/** Throws AppError `rate_limited:api` (429, with Retry-After) when `userId` has used up its requests. */
export function assertApiRate(userId: string, now: number = Date.now()): void {
  const buckets = apiBuckets(getEnv());
  if (!buckets) return;
  const decision = buckets.take(userId, now);
  if (decision.ok) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  throw new AppError("rate_limited:api", slowDownMessage("requests", seconds), { retryAfterSeconds: seconds });
}

/** The process's buckets (on globalThis: Next.js may load this module in several bundles); rebuilt if the settings change. */
function apiBuckets(env: Pick<Env, "STUDIO_API_REQUESTS_PER_SECOND" | "STUDIO_API_BURST">): TokenBuckets | null {
  const key = `${env.STUDIO_API_REQUESTS_PER_SECOND}/${env.STUDIO_API_BURST}`;
  if (globalState.__klingStudioApiLimiter?.key !== key) {
    const off = env.STUDIO_API_REQUESTS_PER_SECOND === 0;
    globalState.__klingStudioApiLimiter = {
      key,
      buckets: off
        ? null
        : createTokenBuckets({ perSecond: env.STUDIO_API_REQUESTS_PER_SECOND, burst: env.STUDIO_API_BURST }),
    };
  }
  return globalState.__klingStudioApiLimiter.buckets;
}
