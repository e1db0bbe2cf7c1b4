"use client";

import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { CameraPreview } from "@/components/camera-preview/camera-preview";
import type { MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import { describeCameraMove } from "@/lib/takes/describe";
import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";

/** The take's video element and its clock, shared by the player, the comment timeline and the comment box. */
export type VideoClock = ReturnType<typeof useVideoClock>;

export function useVideoClock() {
  const ref = useRef<HTMLVideoElement>(null);
  const [timeSec, setTimeSec] = useState(0);
  const [playing, setPlaying] = useState(false);
  const sync = useCallback(() => setTimeSec(ref.current?.currentTime ?? 0), []);
  const readClock = useCallback(() => ref.current?.currentTime ?? 0, []);
  const pause = useCallback(() => ref.current?.pause(), []);
  /** Jumps to a moment and stays there, so what a comment is about is on screen. */
  const seek = useCallback((ms: number) => {
    const video = ref.current;
    if (!video) return;
    video.pause();
    video.currentTime = ms / 1000;
    setTimeSec(ms / 1000);
  }, []);
  // A seek or load before hydration fired its events with no handler attached: read the clock once now.
  useEffect(sync, [sync]);
  return { ref, timeSec, playing, setPlaying, sync, readClock, pause, seek };
}

/**
 * The video from our storage beside the camera move that was asked for, driven by the video's clock:
 * play, pause or seek the video and the preview follows, so anyone can judge whether the model followed
 * the move. Before the video exists the preview runs on its own. `belowVideo` holds the comment
 * timeline, `besideMove` the "Camera followed?" verdict and the measured move, whose path
 * (`measuredPath`) the preview draws over the planned one.
 */
export function TakePlayer(props: {
  take: TakeView;
  clock: VideoClock;
  belowVideo?: ReactNode;
  besideMove?: ReactNode;
  measuredPath?: MeasuredPathPoint[];
}) {
  const { take, clock, belowVideo, besideMove, measuredPath } = props;
  const ready = take.status === "ready" && take.videoUrl;
  const durationSec = take.videoDurationMs ? take.videoDurationMs / 1000 : Number(take.params.duration);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="video-heading" className="space-y-2">
        <h2 id="video-heading" className="text-sm font-semibold text-zinc-300">
          Video
        </h2>
        <div className="flex aspect-video items-center justify-center overflow-hidden rounded-md border border-line bg-black">
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
              onPause={() => {
                clock.setPlaying(false);
                clock.sync();
              }}
              onEnded={() => clock.setPlaying(false)}
              // Smooth while playing: the preview reads the clock every animation frame; timeupdate and
              // seeked cover the paused moments (a seek, the end).
              onTimeUpdate={clock.sync}
              onSeeked={clock.sync}
              onLoadedMetadata={clock.sync}
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
        </div>
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
