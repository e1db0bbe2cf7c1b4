import { describe, expect, it } from "vitest";
import { FALLBACK_FPS, frameAt, frameRate, isOnScreen, stepFrame } from "./frames";

describe("frames of a take's video", () => {
  it("steps one frame at the video's rate, landing on frame centres", () => {
    expect(stepFrame({ timeSec: 0, fps: 24, durationSec: 5, direction: 1 })).toBeCloseTo(1.5 / 24, 9);
    // From a frame's centre, its start, or just before its end: the neighbour frame's centre.
    for (const timeSec of [10.5 / 24, 10 / 24, 10.99 / 24]) {
      expect(frameAt(stepFrame({ timeSec, fps: 24, durationSec: 5, direction: 1 }), 24)).toBe(11);
      expect(frameAt(stepFrame({ timeSec, fps: 24, durationSec: 5, direction: -1 }), 24)).toBe(9);
    }
    expect(stepFrame({ timeSec: 1, fps: 30, durationSec: 5, direction: 1 })).toBeCloseTo(31.5 / 30, 9);
  });

  it("stays within the video at both ends", () => {
    expect(stepFrame({ timeSec: 0, fps: 24, durationSec: 5, direction: -1 })).toBeCloseTo(0.5 / 24, 9);
    expect(frameAt(stepFrame({ timeSec: 5, fps: 24, durationSec: 5, direction: 1 }), 24)).toBe(119);
  });

  it("uses the rate read from the file, else the stated fallback", () => {
    expect(frameRate(30)).toBe(30);
    expect(frameRate(29.97)).toBe(29.97);
    for (const unknown of [null, undefined, 0, Number.NaN, Number.POSITIVE_INFINITY, 10_000]) {
      expect(frameRate(unknown)).toBe(FALLBACK_FPS);
    }
  });

  it("shows a comment's marks within one frame of its moment, or across its range", () => {
    const moment = { atMs: 2000, endMs: null };
    expect(isOnScreen(moment, 2, 24)).toBe(true);
    expect(isOnScreen(moment, 2 + 1 / 24, 24)).toBe(true);
    expect(isOnScreen(moment, 2 + 1.5 / 24, 24)).toBe(false);
    expect(isOnScreen(moment, 2 - 1.5 / 24, 24)).toBe(false);
    const range = { atMs: 1000, endMs: 2500 };
    expect([0.9, 1, 1.8, 2.5, 2.6].map((t) => isOnScreen(range, t, 24))).toEqual([false, true, true, true, false]);
  });
});
