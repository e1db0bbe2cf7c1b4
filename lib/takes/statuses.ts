/**
 * A take's statuses and the sets the studio reasons with, defined once. Browser-safe: the table, the
 * queries, the worker and the views all read them from here.
 */
export const TAKE_STATUSES = [
  "queued", // stored; waiting to be submitted (or to be retried after a retryable refusal)
  "submitting", // a submit was sent and its outcome is not known yet: look it up before sending again
  "submitted", // Kling accepted it
  "processing", // Kling is rendering
  "downloading", // Kling finished; the video is being copied into our storage
  "ready",
  "failed",
] as const;
export type TakeStatus = (typeof TAKE_STATUSES)[number];

/** Nothing more happens to a take in these. */
export const FINISHED_STATUSES = ["ready", "failed"] as const satisfies readonly TakeStatus[];
/** Still on its way: queued, at Kling, or being copied. */
export const ACTIVE_STATUSES = TAKE_STATUSES.filter((status) => !isFinishedStatus(status));
/** Holding one of the account's upstream slots (or possibly holding one: a submit whose answer is not known yet). */
export const UPSTREAM_STATUSES = ["submitting", "submitted", "processing"] as const satisfies readonly TakeStatus[];

function isFinishedStatus(status: TakeStatus): boolean {
  return FINISHED_STATUSES.some((finished) => finished === status);
}

export function isActiveStatus(status: TakeStatus): boolean {
  return !isFinishedStatus(status);
}
