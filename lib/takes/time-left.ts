/**
 * "About 40 s left": Kling reports no progress, so a running take's time left is the studio's own
 * history for that kind of take (see ./estimates.ts) minus the time it has been at Kling. Until there is
 * history, a rough default from the contract ("about 5 minutes is typical").
 */
import type { Duration, Mode, ModelName } from "@/lib/kling/fields";
import type { TakeView } from "./view";

const DEFAULT_RENDER_MS = 5 * 60_000;

/** A first guess for a kind of take with no history yet: pro and 10 s clips take longer. */
export function defaultRenderMs(kind: { model_name: ModelName; mode: Mode; duration: Duration }): number {
  return Math.round(DEFAULT_RENDER_MS * (kind.mode === "pro" ? 1.5 : 1) * (kind.duration === "10" ? 1.6 : 1));
}

export type Progress = {
  /** Since the take was created. */
  elapsedMs: number;
  /** What to say about the rest, or null for a finished take. */
  label: string | null;
  overdue: boolean;
};

export function describeProgress(take: TakeView, now: number): Progress {
  const created = Date.parse(take.createdAt);
  const ended = take.finishedAt ? Date.parse(take.finishedAt) : now;
  const elapsedMs = Math.max(0, ended - created);
  switch (take.status) {
    case "ready":
    case "failed":
      return { elapsedMs, label: null, overdue: false };
    case "queued":
    case "submitting":
      return { elapsedMs, label: "waiting to start", overdue: false };
    case "downloading":
      return { elapsedMs, label: "saving the video", overdue: false };
    default: {
      const expected = take.expectedRenderMs ?? defaultRenderMs(take.params);
      const since = take.submittedAt ? Date.parse(take.submittedAt) : created;
      const leftMs = expected - (now - since);
      if (leftMs <= 0) return { elapsedMs, label: "taking longer than usual", overdue: true };
      return { elapsedMs, label: `about ${formatLeft(leftMs)} left`, overdue: false };
    }
  }
}

/** Coarse on purpose: an estimate from history does not deserve second-level precision past a minute. */
export function formatLeft(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 10) return `${seconds} s`;
  if (seconds < 60) return `${Math.round(seconds / 5) * 5} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A duration for labels: 42s, 3m 5s, 1h 2m. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** "3 min ago", "2 days ago": the age of a take on its card. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? "yesterday" : `${days} days ago`;
}
