"use client";

import { useCallback, useRef, useState } from "react";
import { CameraPreview } from "@/components/camera-preview/camera-preview";
import { describeCameraMove } from "@/lib/generations/describe";
import { STATUS_LABELS, type GenerationView } from "@/lib/generations/view";

/**
 * The video from our storage beside the camera move that was asked for, driven by the video's clock:
 * play, pause or seek the video and the preview follows, so anyone can judge whether the model followed
 * the move. Before the video exists the preview runs on its own.
 */
export function TakePlayer({ take }: { take: GenerationView }) {
  const video = useRef<HTMLVideoElement>(null);
  const [timeSec, setTimeSec] = useState(0);
  const [playing, setPlaying] = useState(false);
  const ready = take.status === "ready" && take.videoUrl;
  const durationSec = take.videoDurationMs ? take.videoDurationMs / 1000 : Number(take.params.duration);
  // Smooth while playing: the preview reads the clock every animation frame; timeupdate and seeked cover
  // the paused moments (a seek, the end).
  const readClock = useCallback(() => video.current?.currentTime ?? 0, []);
  const syncTime = () => setTimeSec(video.current?.currentTime ?? 0);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="video-heading" className="space-y-2">
        <h2 id="video-heading" className="text-sm font-semibold text-zinc-300">
          Video
        </h2>
        <div className="flex aspect-video items-center justify-center overflow-hidden rounded-md border border-line bg-black">
          {ready ? (
            <video
              ref={video}
              src={take.videoUrl ?? undefined}
              poster={take.posterUrl ?? undefined}
              controls
              playsInline
              preload="metadata"
              aria-label="Take video"
              className="h-full w-full object-contain"
              onPlay={() => setPlaying(true)}
              onPause={() => {
                setPlaying(false);
                syncTime();
              }}
              onEnded={() => setPlaying(false)}
              onTimeUpdate={syncTime}
              onSeeked={syncTime}
              onLoadedMetadata={syncTime}
            />
          ) : (
            <p className="p-6 text-center text-sm text-zinc-400">
              {take.status === "failed" ? "No video: the take failed." : `${STATUS_LABELS[take.status]}… the video appears here when it is ready.`}
            </p>
          )}
        </div>
      </section>
      <section aria-labelledby="move-heading" className="space-y-2">
        <h2 id="move-heading" className="text-sm font-semibold text-zinc-300">
          Requested camera move: {describeCameraMove(take.params.camera_control)}
        </h2>
        {ready ? (
          <CameraPreview
            key="synced"
            camera={take.params.camera_control}
            aspectRatio={take.params.aspect_ratio}
            durationSec={durationSec}
            currentTimeSec={timeSec}
            getCurrentTimeSec={readClock}
            playing={playing}
          />
        ) : (
          <CameraPreview
            key="own-clock"
            camera={take.params.camera_control}
            aspectRatio={take.params.aspect_ratio}
            durationSec={durationSec}
          />
        )}
      </section>
    </div>
  );
}
