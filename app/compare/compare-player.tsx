"use client";

import { useCallback, useEffect, useRef } from "react";
import { CameraCheckBadge } from "@/components/camera-check-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Chevron } from "@/components/ui/chevron";
import { TextLink } from "@/components/ui/text-link";
import type { CameraCheckSummary } from "@/lib/camera-check/camera-check";
import { frameAt, frameRate } from "@/lib/review/frames";
import type { CommentMarkView } from "@/lib/review/view";
import { CompareDrawings, CompareMarks } from "./compare-marks";
import { useSyncedVideos } from "./use-synced-videos";

export type CompareTake = {
  id: string;
  prompt: string;
  videoUrl: string;
  posterUrl: string | null;
  aspectRatio: string;
  durationMs: number;
  /** The measured camera move and its verdict, shown on the take's header when there is one. */
  cameraCheck: CameraCheckSummary | null;
  /** Frames per second read from its file; null until known. */
  fps: number | null;
  /** Its open comments: their drawings show over its video, their moments and ranges under it. */
  marks: CommentMarkView[];
};

const GRID = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3", 4: "sm:grid-cols-2" } as const;

/**
 * The takes side by side under one transport: play and pause together, one seek slider, frame steps.
 * Keys anywhere on the page (outside fields): space plays or pauses, ←/→ seek a second, "," and "."
 * step one frame. Muted: several soundtracks at once help no one. Each take's open comments come with
 * it: their drawings over its video at their moments, their moments and ranges under it.
 */
export function ComparePlayer({ takes }: { takes: CompareTake[] }) {
  // A frame step moves the fastest video by one frame, and the others by at most one.
  const fps = Math.max(...takes.map((take) => frameRate(take.fps)));
  const sync = useSyncedVideos(takes.length, Math.max(...takes.map((take) => take.durationMs)) / 1000, fps);
  useTransportKeys(sync);
  const frame = frameAt(sync.time, fps);
  const frames = Math.round(sync.duration * fps);

  return (
    <section aria-labelledby="videos-heading" className="space-y-3">
      <h2 id="videos-heading" className="sr-only">
        Videos
      </h2>
      <ul className={`grid gap-3 ${GRID[takes.length as keyof typeof GRID] ?? "sm:grid-cols-2"}`}>
        {takes.map((take, index) => (
          <li key={take.id} className="space-y-1.5">
            <div className="relative flex aspect-video items-center justify-center overflow-hidden rounded-md border border-line bg-black">
              <video
                ref={sync.refs[index]}
                src={take.videoUrl}
                poster={take.posterUrl ?? undefined}
                muted
                playsInline
                preload="auto"
                aria-label={`Take ${index + 1} video`}
                className="h-full w-full object-contain"
                onLoadedMetadata={sync.onMetadata}
                onEnded={sync.onEnded}
              />
              <CompareDrawings
                marks={take.marks}
                timeSec={Math.min(sync.time, take.durationMs / 1000)}
                fps={frameRate(take.fps)}
                aspectRatio={take.aspectRatio}
              />
            </div>
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <p className="text-xs text-zinc-300">
                <span className="font-medium text-zinc-100">Take {index + 1}</span> ·{" "}
                <TextLink href={`/takes/${take.id}`} title={take.prompt}>
                  {take.prompt.length > 70 ? `${take.prompt.slice(0, 69)}…` : take.prompt}
                </TextLink>
              </p>
              {take.cameraCheck ? <CameraCheckBadge check={take.cameraCheck} /> : null}
            </div>
            <CompareMarks
              marks={take.marks}
              durationMs={take.durationMs}
              label={`Take ${index + 1}`}
              onSeek={sync.seek}
            />
          </li>
        ))}
      </ul>
      <fieldset aria-label="Transport" className="min-w-0 space-y-2 rounded-lg border border-line bg-panel p-3">
        <input
          type="range"
          min={0}
          max={sync.duration}
          step={1 / fps}
          value={Math.min(sync.time, sync.duration)}
          onChange={(event) => sync.seek(Number(event.currentTarget.value))}
          aria-label="Seek"
          aria-valuetext={`${formatTime(sync.time)} of ${formatTime(sync.duration)}`}
          className="w-full accent-[var(--color-accent)] touch:h-11"
        />
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => sync.step(-1)} aria-label="Previous frame">
            <Chevron direction="left" /> Frame
          </Button>
          <Button onClick={sync.toggle} aria-label={sync.playing ? "Pause" : "Play"} className="min-w-20">
            {sync.playing ? "Pause" : "Play"}
          </Button>
          <Button onClick={() => sync.step(1)} aria-label="Next frame">
            Frame <Chevron direction="right" />
          </Button>
          <p className="ml-2 font-mono text-xs text-zinc-300" aria-live="off">
            <span data-testid="compare-time">{formatTime(sync.time)}</span> / {formatTime(sync.duration)} · frame{" "}
            <span data-testid="compare-frame">{frame}</span> of {frames}
          </p>
          <p className="ml-auto text-xs text-zinc-400">Keys: space play/pause · ←/→ one second · , and . one frame</p>
        </div>
        {sync.error ? <Alert>{sync.error}</Alert> : null}
      </fieldset>
    </section>
  );
}

/** The transport's keys, page-wide, except where a field or button needs the key itself. */
function useTransportKeys(sync: ReturnType<typeof useSyncedVideos>) {
  const latest = useRef(sync);
  latest.current = sync;
  const onKey = useCallback((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const tag = target?.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target?.isContentEditable) return;
    const { toggle, seekBy, step } = latest.current;
    switch (event.key) {
      case " ":
        // Space on a button or link presses it; do not also toggle playback.
        if (tag === "BUTTON" || tag === "A") return;
        toggle();
        break;
      case "ArrowLeft":
        seekBy(-1);
        break;
      case "ArrowRight":
        seekBy(1);
        break;
      case ",":
        step(-1);
        break;
      case ".":
        step(1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }, []);
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onKey]);
}

/** 3.25 → "0:03.25". */
function formatTime(seconds: number): string {
  const safe = Math.max(0, seconds);
  const minutes = Math.floor(safe / 60);
  const rest = safe - minutes * 60;
  return `${minutes}:${rest.toFixed(2).padStart(5, "0")}`;
}
