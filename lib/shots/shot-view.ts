/**
 * What the browser knows about a shot: its page (every take, the circle, the spend) and its card in the
 * gallery's shots view. Plain, serializable shapes built on the server (./shot-page.ts, ./shot-summary.ts).
 * Browser-safe.
 */
import type { CameraVerdict } from "@/lib/review/review-values";
import type { TakeView } from "@/lib/takes/view";

type ShotTakeView = {
  take: TakeView;
  /** The team's "Camera followed?" (the measured verdict is take.cameraCheck). */
  teamVerdict: CameraVerdict | null;
};

export type ShotPageView = {
  id: string;
  name: string;
  createdAt: string;
  circle: { takeId: string; byName: string; at: string } | null;
  /** Newest first. */
  takes: ShotTakeView[];
  /** The camera moves the takes asked for, each once, in words ("Turn right (pan +5)"). */
  plannedMoves: string[];
  /** Units charged, or estimated where Kling has not charged (yet). */
  spend: { units: number; estimated: boolean };
};

export type ShotCardView = {
  id: string;
  name: string;
  takes: number;
  approved: number;
  changesRequested: number;
  unreviewed: number;
  poster: { url: string; aspectRatio: string; circled: boolean } | null;
};

/** "4 takes", "1 take". */
export function takeCount(count: number): string {
  return `${count} take${count === 1 ? "" : "s"}`;
}
