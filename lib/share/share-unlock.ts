/**
 * Unlocking a link that asks for a passphrase. Wrong tries are counted per link and client address
 * (FAILURES_PER_ADDRESS in WINDOW_MS) and per link across all addresses (FAILURES_PER_LINK, since an
 * address is easy to vary); past either, every try is refused, the right passphrase too, until the
 * oldest counted failure ages out. The right passphrase clears its address's count.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import type { ShareLink } from "@/lib/db/review-schema";
import { AppError } from "@/lib/errors";
import { createFailureThrottle, type FailureThrottle } from "@/lib/rate-limit/failure-throttle";
import { shareUnlockValue, verifyPassphrase } from "./passphrase";
import { findLiveShareLink } from "./share-links";

const FAILURES_PER_ADDRESS = 5;
const FAILURES_PER_LINK = 30;
const WINDOW_MS = 15 * 60_000;

export type PassphraseThrottle = { perAddress: FailureThrottle; perLink: FailureThrottle };

export function createPassphraseThrottle(): PassphraseThrottle {
  return {
    perAddress: createFailureThrottle({ maxFailures: FAILURES_PER_ADDRESS, windowMs: WINDOW_MS }),
    perLink: createFailureThrottle({ maxFailures: FAILURES_PER_LINK, windowMs: WINDOW_MS }),
  };
}

const globalState = globalThis as typeof globalThis & { __klingStudioPassphraseThrottle?: PassphraseThrottle };

/** The process's counts (on globalThis: Next.js may load this module in more than one bundle). */
function passphraseThrottle(): PassphraseThrottle {
  globalState.__klingStudioPassphraseThrottle ??= createPassphraseThrottle();
  return globalState.__klingStudioPassphraseThrottle;
}

const WRONG_PASSPHRASE = "That passphrase is not right.";

/**
 * Checks a visitor's passphrase. Returns the link and the unlock cookie's value (null for a link that
 * asks for none); throws AppErrors for an unavailable link, a throttled try and a wrong passphrase.
 */
export async function unlockShareLink(
  db: Db,
  options: {
    token: string;
    passphrase: string;
    /** The client's address, as the request gives it. */
    address: string;
    secret: string;
    throttle?: PassphraseThrottle;
    now?: Date;
  },
): Promise<{ link: ShareLink; cookie: string | null }> {
  const now = options.now ?? new Date();
  const link = await findLiveShareLink(db, options.token, now);
  if (!link) {
    throw new AppError("not_found:share_link", "This link is not available: it may have expired or been revoked.");
  }
  if (link.passphraseHash === null) return { link, cookie: null };
  const throttle = options.throttle ?? passphraseThrottle();
  const addressKey = `${link.id} ${options.address}`;
  const at = now.getTime();
  const waitMs = Math.max(throttle.perAddress.retryAfterMs(addressKey, at), throttle.perLink.retryAfterMs(link.id, at));
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    throw new AppError(
      "rate_limited:share_passphrase",
      `Too many tries. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { retryAfterSeconds: Math.ceil(waitMs / 1000) },
    );
  }
  if (!(await verifyPassphrase(options.passphrase, link.passphraseHash))) {
    throttle.perAddress.recordFailure(addressKey, at);
    throttle.perLink.recordFailure(link.id, at);
    throw new AppError("unauthorized:share_passphrase", WRONG_PASSPHRASE, {
      fieldErrors: { passphrase: [WRONG_PASSPHRASE] },
    });
  }
  throttle.perAddress.recordSuccess(addressKey);
  return { link, cookie: shareUnlockValue(options.secret, { id: link.id, passphraseHash: link.passphraseHash }) };
}
