/** Timing policy for takes: how often to poll as a task ages, how retries back off, when to give up. */

/** Poll often while a task is young (most finish in minutes), then less as it ages. */
export function pollDelayMs(sinceSubmitMs: number): number {
  if (sinceSubmitMs < 30_000) return 2_000;
  if (sinceSubmitMs < 2 * 60_000) return 5_000;
  if (sinceSubmitMs < 10 * 60_000) return 10_000;
  if (sinceSubmitMs < 30 * 60_000) return 20_000;
  return 30_000;
}

/**
 * A take Kling has called back about is polled only this often: Kling calls again on its next change
 * (the callback makes the take due at once), so this poll is only insurance against a lost callback.
 */
export const CALLBACK_SAFETY_POLL_MS = 30_000;

/** The next regular poll of a running task: the age-based schedule, or the safety poll once callbacks arrive. */
export function nextPollDelayMs(sinceSubmitMs: number, take: { callbackAt: Date | null }): number {
  return take.callbackAt ? Math.max(CALLBACK_SAFETY_POLL_MS, pollDelayMs(sinceSubmitMs)) : pollDelayMs(sinceSubmitMs);
}

/** Exponential backoff with ±20 % jitter so that many queued takes do not retry in lockstep. */
export function backoffMs(
  retryCount: number,
  options: { baseMs?: number; maxMs?: number; random?: () => number } = {},
) {
  const { baseMs = 1_000, maxMs = 60_000, random = Math.random } = options;
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.min(retryCount, 20));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** A transient failure of one step (5xx, timeout, storage) is retried this many times before the take fails. */
export const MAX_TRANSIENT_RETRIES = 10;

/** Waiting for a free slot (1302/1303) is normal under load; give up only after this long in our queue. */
export const MAX_QUEUE_WAIT_MS = 6 * 60 * 60_000;

/** After an unknown submit outcome, look the task up again after this delay. */
export const SUBMIT_RECHECK_MS = 5_000;
