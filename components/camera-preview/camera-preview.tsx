"use client";

import { useEffect, useRef, useState } from "react";
/**
 * `CameraPreview`: the virtual camera's view of the shared scene for a `camera_control`, drawn from
 * lib/camera, the model the sandbox renders its videos from, so the preview and the video agree in
 * direction and size, frame for frame.
 *
 * Props (a stable API; the studio form and the take page use it):
 * - `camera`: the move; null or undefined is a static camera.
 * - `aspectRatio`: "16:9" | "9:16" | "1:1", the frame's shape.
 * - `durationSec`: the clip's length; the move loops over it (progress = elapsed / duration).
 * - `currentTimeSec?`: when given, the preview shows this moment instead of running its own clock
 *   (e.g. a <video>'s currentTime from its timeupdate events).
 * - `getCurrentTimeSec?`: polled every animation frame while `playing`; for smooth sync pass
 *   `() => video.currentTime`. Takes precedence over `currentTimeSec`.
 * - `playing?`: with an external clock, whether it is advancing (the preview polls it only then); with
 *   its own clock, whether it plays (default: it does, unless the user prefers reduced motion).
 * - `showControls?` (default true): play/pause and a time slider; with an external clock, a read-out only.
 * - `showTrajectory?` (default true): the camera path from above and from the side.
 * - `measuredPath?`: the path measured in the take's video, drawn over the planned one, with a legend.
 * - `className?`: on the outer element.
 *
 * Drawing happens in requestAnimationFrame outside React; React re-renders only when props change.
 * With `?previewStats=1` in the URL, per-frame draw times are recorded on `window.__previewStats`.
 */
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio } from "@/lib/kling/fields";
import { describeMove } from "./describe-move";
import { MeasuredPathLegend } from "./measured-path";
import { createPreviewLoop } from "./preview-loop";
import { type PreviewStats, previewStatsSink } from "./preview-stats";
import { type TrajectoryHandle, TrajectoryView } from "./trajectory-view";

export type CameraPreviewProps = {
  camera: CameraControl | undefined | null;
  aspectRatio: AspectRatio;
  durationSec: number;
  currentTimeSec?: number;
  getCurrentTimeSec?: () => number;
  playing?: boolean;
  showControls?: boolean;
  showTrajectory?: boolean;
  measuredPath?: MeasuredPathPoint[];
  className?: string;
};

const ASPECTS: Record<AspectRatio, number> = { "16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1 };
/**
 * The frame's size caps (rem): tall frames would push everything else off screen, and every pixel
 * costs drawing time in software rendering, so wide frames stop at 32rem.
 */
const MAX_HEIGHT_REM = 20;
const MAX_WIDTH_REM = 32;
const MAX_PIXEL_RATIO = 2;

export function CameraPreview(props: CameraPreviewProps) {
  const { camera, aspectRatio, durationSec, currentTimeSec, getCurrentTimeSec, measuredPath, className } = props;
  const showControls = props.showControls ?? true;
  const showTrajectory = props.showTrajectory ?? true;
  const externalClock = currentTimeSec !== undefined || getCurrentTimeSec !== undefined;
  const aspect = ASPECTS[aspectRatio];
  const move = camera ?? undefined;

  const canvasRef = useRef<HTMLCanvasElement>(null);
  const sliderRef = useRef<HTMLInputElement>(null);
  const readoutRef = useRef<HTMLSpanElement>(null);
  const trajectoryRef = useRef<TrajectoryHandle>(null);
  const statsRef = useRef<PreviewStats | null>(null);
  const [ownPlaying, setOwnPlaying] = useState(props.playing ?? true);
  const [reducedMotion, setReducedMotion] = useState(false);
  const playing = externalClock ? (props.playing ?? true) : ownPlaying;

  const [loop] = useState(() =>
    createPreviewLoop({
      canvas: () => canvasRef.current,
      stats: () => statsRef.current,
      onFrame({ timeSec, durationSec: duration, pose }) {
        trajectoryRef.current?.show(pose);
        const slider = sliderRef.current;
        if (slider && document.activeElement !== slider) slider.value = timeSec.toFixed(2);
        const readout = readoutRef.current;
        const text = `${timeSec.toFixed(1)} / ${duration} s`;
        if (readout && readout.textContent !== text) readout.textContent = text;
      },
    }),
  );

  // Reduced motion is checked once, on mount, with the clock and length the preview started with: a
  // later change of preference should not yank the preview around.
  const onMount = useRef({ externalClock, durationSec });
  useEffect(() => {
    statsRef.current = previewStatsSink();
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
    if (reduce.matches && !onMount.current.externalClock) {
      // No autoplay: a still of where the move ends (the path view shows where it starts).
      setReducedMotion(true);
      setOwnPlaying(false);
      loop.seek(onMount.current.durationSec);
    }
    return () => loop.stop();
  }, [loop]);

  useEffect(() => {
    if (props.playing !== undefined) setOwnPlaying(props.playing);
  }, [props.playing]);

  useEffect(() => {
    loop.update({ move, aspect, durationSec, playing, external: getCurrentTimeSec ?? currentTimeSec ?? null });
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver(([entry]) => {
      const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
      const width = Math.max(1, Math.round(entry.contentRect.width * ratio));
      const height = Math.max(1, Math.round(width / aspect));
      if (canvas.width === width && canvas.height === height) return;
      canvas.width = width;
      canvas.height = height;
      loop.redraw();
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [aspect, loop]);

  function togglePlaying() {
    setReducedMotion(false);
    setOwnPlaying((value) => !value);
  }

  function scrub(value: number) {
    setOwnPlaying(false);
    loop.seek(value);
    sliderRef.current?.setAttribute("aria-valuetext", `${value.toFixed(1)} seconds of ${durationSec}`);
  }

  const description = describeMove(move);
  return (
    <div className={cn("space-y-2", className)} data-testid="camera-preview">
      <div
        className="relative mx-auto w-full overflow-hidden rounded-md border border-line bg-black"
        style={{
          aspectRatio: aspectRatio.replace(":", " / "),
          maxWidth: `${Math.min(MAX_WIDTH_REM, MAX_HEIGHT_REM * aspect)}rem`,
        }}
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`Camera preview: ${description}, ${durationSec} s, ${aspectRatio}`}
          className="block h-full w-full"
        />
      </div>
      <p className="text-xs text-zinc-300">
        {description} · {durationSec} s · {aspectRatio}
      </p>
      {reducedMotion ? (
        <p className="text-xs text-zinc-400">
          Reduced motion is on: showing where the move ends. Press Play to watch it, or drag the time slider.
        </p>
      ) : null}
      {showControls ? (
        <div className="flex items-center gap-3">
          {externalClock ? null : (
            <Button
              onClick={togglePlaying}
              aria-label={ownPlaying ? "Pause preview" : "Play preview"}
              className="w-24 whitespace-nowrap px-2 py-1"
            >
              {ownPlaying ? "❚❚ Pause" : "▶ Play"}
            </Button>
          )}
          <input
            ref={sliderRef}
            type="range"
            aria-label="Preview time"
            min={0}
            max={durationSec}
            step={0.01}
            defaultValue={0}
            disabled={externalClock}
            onChange={(event) => scrub(Number(event.target.value))}
            className="flex-1 accent-accent touch:h-11"
          />
          <span ref={readoutRef} aria-hidden className="w-20 text-right font-mono text-xs text-zinc-400">
            0.0 / {durationSec} s
          </span>
        </div>
      ) : null}
      {showTrajectory ? (
        <TrajectoryView ref={trajectoryRef} camera={move} aspect={aspect} measuredPath={measuredPath} />
      ) : null}
      {showTrajectory && measuredPath ? <MeasuredPathLegend /> : null}
    </div>
  );
}
