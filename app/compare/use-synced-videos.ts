"use client";

import { type SyntheticEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { stepFrame } from "@/lib/review/frames";

/** Followers further than about a frame from the leader are put back in step. */
const DRIFT_FRAMES = 1.1;
const DRIFT_CHECK_MS = 200;

/**
 * Several <video> elements driven as one. The longest video leads: its clock is the transport's
 * time; while playing, followers that drift more than a frame are seeked back to it, and a follower
 * that ended early starts again when the leader comes back within its length.
 */
export function useSyncedVideos(count: number, initialDuration: number, fps: number) {
  const frameSec = 1 / fps;
  const videos = useRef<(HTMLVideoElement | null)[]>([]);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(initialDuration);
  const [error, setError] = useState<string>();
  const playingRef = useRef(false);

  const refs = useMemo(
    () =>
      Array.from({ length: count }, (_, index) => (element: HTMLVideoElement | null) => {
        videos.current[index] = element;
      }),
    [count],
  );
  const all = useCallback(() => videos.current.filter((video): video is HTMLVideoElement => video !== null), []);
  const leader = useCallback(() => {
    const list = all();
    return list.reduce<HTMLVideoElement | undefined>(
      (best, video) => (!best || lengthOf(video) > lengthOf(best) ? video : best),
      undefined,
    );
  }, [all]);

  const moveAll = useCallback(
    (target: number) => {
      for (const video of all()) video.currentTime = Math.min(target, Math.max(0, lengthOf(video) - 0.001));
      setTime(target);
    },
    [all],
  );

  const pause = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
    const lead = leader();
    for (const video of all()) video.pause();
    if (lead) moveAll(lead.currentTime);
  }, [all, leader, moveAll]);

  const play = useCallback(() => {
    const lead = leader();
    if (!lead) return;
    // From the end, play starts over.
    if (lead.currentTime >= lengthOf(lead) - frameSec) moveAll(0);
    else moveAll(lead.currentTime);
    playingRef.current = true;
    setPlaying(true);
    setError(undefined);
    Promise.all(all().map((video) => video.play())).catch((caught: unknown) => {
      playingRef.current = false;
      setPlaying(false);
      for (const video of all()) video.pause();
      setError(`The videos could not play (${caught instanceof Error ? caught.message : String(caught)}).`);
    });
  }, [all, leader, moveAll, frameSec]);

  const toggle = useCallback(() => (playingRef.current ? pause() : play()), [pause, play]);

  const seek = useCallback((target: number) => moveAll(clamp(target, 0, duration)), [moveAll, duration]);
  const seekBy = useCallback((delta: number) => seek((leader()?.currentTime ?? 0) + delta), [seek, leader]);

  /** One frame back or forward, paused: lands mid-frame, so every video shows the same whole frame. */
  const step = useCallback(
    (direction: 1 | -1) => {
      if (playingRef.current) pause();
      moveAll(stepFrame({ timeSec: leader()?.currentTime ?? 0, fps, durationSec: duration, direction }));
    },
    [duration, fps, leader, moveAll, pause],
  );

  const onMetadata = useCallback(() => {
    const longest = Math.max(...all().map(lengthOf).filter(Number.isFinite), 0);
    if (longest > 0) setDuration(longest);
  }, [all]);

  const onEnded = useCallback(
    (event: SyntheticEvent<HTMLVideoElement>) => {
      if (event.currentTarget !== leader()) return;
      playingRef.current = false;
      setPlaying(false);
      for (const video of all()) video.pause();
      setTime(event.currentTarget.currentTime);
    },
    [all, leader],
  );

  // While playing: the time readout follows the leader every frame; followers are checked for drift.
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let lastCheck = 0;
    const tick = (now: number) => {
      const lead = leader();
      if (lead) {
        setTime(lead.currentTime);
        if (now - lastCheck >= DRIFT_CHECK_MS) {
          lastCheck = now;
          for (const video of all()) {
            if (video === lead || video.seeking) continue;
            if (lead.currentTime >= lengthOf(video)) continue;
            if (Math.abs(video.currentTime - lead.currentTime) > DRIFT_FRAMES * frameSec)
              video.currentTime = lead.currentTime;
            if (video.paused && playingRef.current) void video.play().catch(() => undefined);
          }
        }
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing, all, leader, frameSec]);

  return { refs, playing, time, duration, error, toggle, seek, seekBy, step, onMetadata, onEnded };
}

function lengthOf(video: HTMLVideoElement): number {
  return Number.isFinite(video.duration) ? video.duration : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
