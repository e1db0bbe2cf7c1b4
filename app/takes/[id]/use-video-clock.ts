"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type FrameSize, frameOfAspect, frameOfVideo } from "@/components/drawing/frame-size";
import { useDrawingDraft } from "@/components/drawing/use-drawing-draft";
import { frameRate, stepFrame } from "@/lib/review/frames";
import { useShuttle } from "./use-shuttle";

/**
 * The take's video element and its clock, shared by the player, the comment timeline and the comment
 * box; with what the next comment is being given at it: a range (in and out) and a drawing.
 */
export type VideoClock = ReturnType<typeof useVideoClock>;

/** A range being marked with I and O; either end may still be missing. */
export type DraftRange = { inMs: number | null; outMs: number | null };

export function useVideoClock(options: { fps: number | null; posterUrl: string | null; aspectRatio: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  const [timeSec, setTimeSec] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [frame, setFrame] = useState<FrameSize>(frameOfAspect(options.aspectRatio));
  const [range, setRange] = useState<DraftRange>({ inMs: null, outMs: null });
  const [composer, setComposer] = useState<(() => void) | null>(null);
  const rangeEnd = useRef<number | null>(null);
  const fps = frameRate(options.fps);
  const drawing = useDrawingDraft();
  const shuttle = useShuttle(ref);
  const sync = useCallback(() => setTimeSec(ref.current?.currentTime ?? 0), []);
  const readClock = useCallback(() => ref.current?.currentTime ?? 0, []);
  const pause = useCallback(() => {
    shuttle.stop();
    ref.current?.pause();
  }, [shuttle.stop]);
  /** Jumps to a moment and stays there, so what a comment is about is on screen. */
  const seek = useCallback(
    (ms: number) => {
      const video = ref.current;
      if (!video) return;
      pause();
      video.currentTime = ms / 1000;
      setTimeSec(ms / 1000);
    },
    [pause],
  );
  /** Plays a range comment's span from its start, stopping at its end. */
  const playRange = useCallback(
    (atMs: number, endMs: number) => {
      const video = ref.current;
      if (!video) return;
      seek(atMs);
      rangeEnd.current = endMs / 1000;
      void video.play().catch(() => undefined);
      const watch = () => {
        const end = rangeEnd.current;
        if (end === null) return;
        if (video.currentTime >= end || video.ended) {
          rangeEnd.current = null;
          video.pause();
          video.currentTime = end;
          return;
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    [seek],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      const video = ref.current;
      if (!video) return;
      pause();
      const durationSec = Number.isFinite(video.duration) ? video.duration : timeSec;
      video.currentTime = stepFrame({ timeSec: video.currentTime, fps, durationSec, direction });
      sync();
    },
    [fps, pause, sync, timeSec],
  );
  const nowMs = useCallback(() => Math.round((ref.current?.currentTime ?? 0) * 1000), []);
  // Each key sets its end; the other end is dropped when it would no longer come before (or after) it.
  const markIn = useCallback(() => {
    const at = nowMs();
    setRange((old) => ({ inMs: at, outMs: old.outMs !== null && old.outMs > at ? old.outMs : null }));
  }, [nowMs]);
  const markOut = useCallback(() => {
    const at = nowMs();
    setRange((old) => ({ inMs: old.inMs !== null && old.inMs < at ? old.inMs : null, outMs: at }));
  }, [nowMs]);
  const clearRange = useCallback(() => setRange({ inMs: null, outMs: null }), []);
  const registerComposer = useCallback((focus: (() => void) | null) => setComposer(() => focus), []);
  const onMetadata = useCallback(() => {
    setFrame((old) => frameOfVideo(ref.current, old));
    sync();
  }, [sync]);
  const onPause = useCallback(() => {
    rangeEnd.current = null;
    shuttle.onPause();
    setPlaying(false);
    sync();
  }, [shuttle.onPause, sync]);
  // A seek or load before hydration fired its events with no handler attached: read the clock once now.
  useEffect(onMetadata, [onMetadata]);
  return {
    ref,
    timeSec,
    playing,
    setPlaying,
    sync,
    readClock,
    pause,
    seek,
    playRange,
    step,
    fps,
    fpsKnown: options.fps !== null,
    frame,
    posterUrl: options.posterUrl,
    onMetadata,
    onPause,
    shuttle,
    range,
    markIn,
    markOut,
    clearRange,
    drawing,
    /** The comment box's "put the keyboard here", when the viewer may comment; the box registers it. */
    composer,
    registerComposer,
  };
}
