"use client";

import { TakeStatusBadge } from "@/components/take-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { useLiveTakes } from "@/components/use-live-takes";
import { useNow } from "@/components/use-now";
import type { TakeReviewView } from "@/lib/review/view";
import { isActiveStatus } from "@/lib/takes/statuses";
import { describeProgress } from "@/lib/takes/time-left";
import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";
import { CommentTimeline } from "./comment-timeline";
import { CommentsPanel } from "./comments-panel";
import { MeasuredMove } from "./measured-move";
import { ReviewFavourite } from "./review-favourite";
import { ReviewPanel } from "./review-panel";
import { ReviewVerdict } from "./review-verdict";
import { ShotPanel } from "./shot-panel";
import { TakeActions } from "./take-actions";
import { TakeDetails } from "./take-details";
import { TakePlayer } from "./take-player";
import type { TakeRecord } from "./take-record";
import { useRefreshOnMeasurement } from "./use-refresh-on-measurement";
import { useVideoClock } from "./use-video-clock";

export type Viewer = { id: string; canReview: boolean };

/**
 * A take's page: kept current while it runs, with its video beside the camera move it asked for (and
 * the move measured in the video), and its review: decisions, time-coded comments, the camera verdict
 * and my star. Review data comes from the
 * server and is refreshed by each review action's answer; the video element stays, so playback is kept.
 */
export function TakeScreen(props: { initial: TakeView; record: TakeRecord; review: TakeReviewView; viewer: Viewer }) {
  const { initial, record, review, viewer } = props;
  const live = useLiveTakes([initial]);
  const take = live.items[0] ?? initial;
  const active = isActiveStatus(take.status);
  const now = useNow(active);
  const progress = describeProgress(take, now);
  const clock = useVideoClock({
    fps: review.videoFps,
    posterUrl: take.posterUrl,
    aspectRatio: take.params.aspect_ratio,
  });
  const ready = take.status === "ready" && take.videoUrl !== null;
  const durationMs = take.videoDurationMs ?? Number(take.params.duration) * 1000;
  useRefreshOnMeasurement(take, record.measurement !== null);

  return (
    <article aria-labelledby="take-heading" className="space-y-6">
      <header className="space-y-2">
        <h1 id="take-heading" className="text-xl font-semibold break-words">
          {take.params.prompt}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-300">
          <output aria-label={`Status: ${STATUS_LABELS[take.status]}`}>
            <TakeStatusBadge status={take.status} />
          </output>
          {active && progress.label ? <span suppressHydrationWarning>{progress.label}</span> : null}
          <span className="text-zinc-400">by {take.creatorName}</span>
          <ReviewFavourite takeId={take.id} favourite={review.favourite} />
        </p>
        <ShotPanel takeId={take.id} />
        {live.pollError ? <Alert tone="warning">Could not refresh status ({live.pollError}); retrying.</Alert> : null}
      </header>
      {/* take-stage (app/globals.css): below 1024 px the video stays on screen while the rest scrolls under it. */}
      <div className="take-stage space-y-6">
        {take.status === "failed" ? (
          <Card as="section" aria-labelledby="failure-heading" className="border-red-900 bg-red-950/40">
            <h2 id="failure-heading" className="font-semibold text-red-200">
              Why it failed
            </h2>
            <p className="mt-1 text-sm text-red-100">{take.failureMessage ?? "Kling gave no reason."}</p>
            {take.failureCode ? <p className="mt-1 font-mono text-xs text-red-300/80">{take.failureCode}</p> : null}
          </Card>
        ) : null}
        <TakePlayer
          take={take}
          clock={clock}
          threads={review.threads}
          belowVideo={<CommentTimeline threads={review.threads} durationMs={durationMs} clock={clock} />}
          measuredPath={record.measurement?.figures?.path}
          besideMove={
            <div className="space-y-3">
              <ReviewVerdict takeId={take.id} canReview={viewer.canReview} verdict={review.verdict} />
              <MeasuredMove take={take} measurement={record.measurement} gaveUp={record.measurementGaveUp} />
            </div>
          }
        />
        <TakeActions take={take} />
        <div className="take-review grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <ReviewPanel
            takeId={take.id}
            ready={ready}
            canReview={viewer.canReview}
            state={review.state}
            decisions={review.decisions}
            myDecision={review.myDecision}
          />
          {ready ? (
            <CommentsPanel
              takeId={take.id}
              threads={review.threads}
              canReview={viewer.canReview}
              clock={clock}
              durationMs={durationMs}
            />
          ) : null}
        </div>
        <TakeDetails take={take} record={record} />
      </div>
    </article>
  );
}
