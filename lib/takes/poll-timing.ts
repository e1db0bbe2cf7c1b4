/**
 * How often a tab asks for the status of the takes it shows (components/use-take-status-poll.ts).
 * A visible tab's round: it asks, and the server holds an unchanged answer for up to STATUS_WAIT_MS
 * (answering at once when something changes, e.g. a take turns playable), then the tab waits
 * STATUS_GAP_MS before asking again, or only NEWS_GAP_MS after an answer that brought news (changes
 * come in bursts: a wave of takes finishing, the queue moving up). So one request per STATUS_POLL_MS
 * while nothing changes, each further request carries news, and a change reaches the tab within moments.
 */
export const STATUS_WAIT_MS = 1_500;
export const STATUS_GAP_MS = 500;
export const NEWS_GAP_MS = 100;
export const STATUS_POLL_MS = STATUS_WAIT_MS + STATUS_GAP_MS;
/** A hidden tab asks this often, and is answered at once (no hold). */
export const HIDDEN_POLL_MS = 10_000;
