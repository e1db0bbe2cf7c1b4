"use client";

import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

const SPEEDS = [1, 2, 4] as const;
export type Shuttle = { direction: 1 | -1; speed: number } | null;

/**
 * J/K/L: L plays forward, again faster (1×, 2×, 4×); J the same backward; K stops. Chromium does not
 * play negative rates, so backward is paused stepping: each animation frame moves the video back by
 * the time elapsed times the speed, waiting for the previous seek to land.
 */
export function useShuttle(ref: RefObject<HTMLVideoElement | null>) {
  const [shuttle, setShuttle] = useState<Shuttle>(null);
  const current = useRef<Shuttle>(null);
  const raf = useRef(0);

  const set = useCallback((next: Shuttle) => {
    current.current = next;
    setShuttle(next);
  }, []);
  const stopBackward = useCallback(() => cancelAnimationFrame(raf.current), []);

  const stop = useCallback(() => {
    stopBackward();
    const video = ref.current;
    if (video) {
      video.pause();
      video.playbackRate = 1;
    }
    set(null);
  }, [ref, set, stopBackward]);

  const forward = useCallback(() => {
    const video = ref.current;
    if (!video) return;
    stopBackward();
    const speed = faster(current.current, 1);
    video.playbackRate = speed;
    set({ direction: 1, speed });
    void video.play().catch(() => set(null));
  }, [ref, set, stopBackward]);

  const backward = useCallback(() => {
    const video = ref.current;
    if (!video) return;
    const speed = faster(current.current, -1);
    stopBackward();
    video.pause();
    video.playbackRate = 1;
    set({ direction: -1, speed });
    let position = video.currentTime;
    let last = performance.now();
    const tick = (now: number) => {
      position = Math.max(0, position - ((now - last) / 1000) * speed);
      last = now;
      if (!video.seeking) video.currentTime = position;
      if (position <= 0) return set(null);
      raf.current = requestAnimationFrame(tick);
    };
    raf.current = requestAnimationFrame(tick);
  }, [ref, set, stopBackward]);

  /** The video paused by its own controls (or ended): a forward shuttle is over. */
  const onPause = useCallback(() => {
    if (current.current?.direction !== 1) return;
    if (ref.current) ref.current.playbackRate = 1;
    set(null);
  }, [ref, set]);

  useEffect(() => stopBackward, [stopBackward]);
  return { shuttle, forward, backward, stop, onPause };
}

function faster(shuttle: Shuttle, direction: 1 | -1): number {
  if (shuttle?.direction !== direction) return SPEEDS[0];
  return SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(shuttle.speed as (typeof SPEEDS)[number]) + 1)];
}
