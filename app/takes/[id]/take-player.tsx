"use client";

import type { ReactNode } from "react";
import { CameraPreview } from "@/components/camera-preview/camera-preview";
import { DrawingOverlay } from "@/components/drawing/drawing-overlay";
import { DrawingSurface } from "@/components/drawing/drawing-surface";
import type { MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import type { DrawingShape } from "@/lib/review/drawing";
import { isOnScreen } from "@/lib/review/frames";
import type { ThreadView } from "@/lib/review/view";
import { describeCameraMove } from "@/lib/takes/describe";
import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";
import { ReviewToolbar } from "./review-toolbar";
import { useReviewKeys } from "./use-review-keys";
import type { VideoClock } from "./use-video-clock";

/**
 * The video from our storage beside the camera move that was asked for, driven by the video's clock:
 * play, pause or seek the video and the preview follows, so anyone can judge whether the model followed
 * the move. Before the video exists the preview runs on its own. The open threads' drawings show over
 * the frames they are about, and a reviewer draws on the paused frame. `belowVideo` holds the comment
 * timeline, `besideMove` the "Camera followed?" verdict and the measured move, whose path
 * (`measuredPath`) the preview draws over the planned one.
 */
export function TakePlayer(props: {
  take: TakeView;
  clock: VideoClock;
  threads?: ThreadView[];
  belowVideo?: ReactNode;
  besideMove?: ReactNode;
  measuredPath?: MeasuredPathPoint[];
}) {
  const { take, clock, threads = [], belowVideo, besideMove, measuredPath } = props;
  const ready = take.status === "ready" && take.videoUrl;
  useReviewKeys({
    step: clock.step,
    forward: clock.shuttle.forward,
    backward: clock.shuttle.backward,
    stop: clock.pause,
    markIn: clock.markIn,
    markOut: clock.markOut,
  });
  const drawing = clock.drawing;
  const drawingNow = ready && drawing.active && !clock.playing;
  const durationSec = take.videoDurationMs ? take.videoDurationMs / 1000 : Number(take.params.duration);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="video-heading" className="space-y-2">
        <h2 id="video-heading" className="text-sm font-semibold text-zinc-300">
          Video
        </h2>
        <div className="relative flex aspect-video items-center justify-center overflow-hidden rounded-md border border-line bg-black">
          {ready ? (
            // biome-ignore lint/a11y/useMediaCaption: generated takes have no captions to offer; the comments are the text
            <video
              ref={clock.ref}
              src={take.videoUrl ?? undefined}
              poster={take.posterUrl ?? undefined}
              controls
              playsInline
              preload="metadata"
              aria-label="Take video"
              className="h-full w-full object-contain"
              onPlay={() => clock.setPlaying(true)}
              onPause={clock.onPause}
              onEnded={() => clock.setPlaying(false)}
              // Smooth while playing: the preview reads the clock every animation frame; timeupdate and
              // seeked cover the paused moments (a seek, the end).
              onTimeUpdate={clock.sync}
              onSeeked={clock.sync}
              onLoadedMetadata={clock.onMetadata}
            />
          ) : (
            <p className="p-6 text-center text-sm text-zinc-400">
              {take.status === "failed"
                ? "No video: the take failed."
                : take.status === "ready"
                  ? "Video unavailable: this take's file is missing from the studio's storage."
                  : `${STATUS_LABELS[take.status]}… the video appears here when it is ready.`}
            </p>
          )}
          {drawingNow ? (
            <DrawingSurface draft={drawing} frame={clock.frame} />
          ) : ready ? (
            <DrawingOverlay drawings={drawingsOnScreen(threads, clock)} frame={clock.frame} />
          ) : null}
        </div>
        {ready ? <ReviewToolbar clock={clock} /> : null}
        {ready ? belowVideo : null}
      </section>
      <section aria-labelledby="move-heading" className="space-y-2">
        <h2 id="move-heading" className="text-sm font-semibold text-zinc-300">
          Requested camera move: {describeCameraMove(take.params.camera_intent)}
        </h2>
        {ready ? (
          <CameraPreview
            key="synced"
            camera={take.params.camera_intent}
            aspectRatio={take.params.aspect_ratio}
            durationSec={durationSec}
            currentTimeSec={clock.timeSec}
            getCurrentTimeSec={clock.readClock}
            playing={clock.playing}
            measuredPath={measuredPath}
          />
        ) : (
          <CameraPreview
            key="own-clock"
            camera={take.params.camera_intent}
            aspectRatio={take.params.aspect_ratio}
            durationSec={durationSec}
          />
        )}
        {ready ? besideMove : null}
      </section>
    </div>
  );
}

/** The open threads' drawings due at the current moment, and (paused) the one being made. */
function drawingsOnScreen(threads: ThreadView[], clock: VideoClock): DrawingShape[][] {
  const shown = threads
    .filter((thread) => thread.resolvedAt === null && thread.drawing && isOnScreen(thread, clock.timeSec, clock.fps))
    .map((thread) => thread.drawing?.shapes ?? []);
  if (!clock.playing && clock.drawing.shapes.length > 0) shown.push(clock.drawing.shapes);
  return shown;
}
