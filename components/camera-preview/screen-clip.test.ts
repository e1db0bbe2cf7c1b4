import { describe, expect, it } from "vitest";
import { clipPolygonToRect, clipSegmentToRect } from "./screen-clip";

const RECT = { left: 0, top: 0, right: 100, bottom: 50 };

describe("clipPolygonToRect", () => {
  it("cuts a huge projected stripe down to the canvas", () => {
    const stripe = [
      { x: -40_000, y: 20 },
      { x: 40_000, y: 20 },
      { x: 40_000, y: 30 },
      { x: -40_000, y: 30 },
    ];
    const clipped = clipPolygonToRect(stripe, RECT);
    expect(Math.min(...clipped.map((p) => p.x))).toBe(0);
    expect(Math.max(...clipped.map((p) => p.x))).toBe(100);
    expect(clipped.every((p) => p.y === 20 || p.y === 30)).toBe(true);
  });

  it("drops a polygon wholly outside and keeps one wholly inside", () => {
    const outside = [
      { x: 200, y: 0 },
      { x: 300, y: 0 },
      { x: 250, y: 40 },
    ];
    expect(clipPolygonToRect(outside, RECT)).toEqual([]);
    const inside = [
      { x: 10, y: 10 },
      { x: 20, y: 10 },
      { x: 15, y: 20 },
    ];
    expect(clipPolygonToRect(inside, RECT)).toEqual(inside);
  });
});

describe("clipSegmentToRect", () => {
  it("keeps the visible part of a long line and drops a line that misses", () => {
    expect(clipSegmentToRect({ x: -1000, y: 25 }, { x: 1000, y: 25 }, RECT)).toEqual([
      { x: 0, y: 25 },
      { x: 100, y: 25 },
    ]);
    expect(clipSegmentToRect({ x: -10, y: -10 }, { x: 200, y: -5 }, RECT)).toBeNull();
    const diagonal = clipSegmentToRect({ x: -50, y: -25 }, { x: 150, y: 75 }, RECT);
    expect(diagonal?.[0]).toEqual({ x: 0, y: 0 });
    expect(diagonal?.[1]).toEqual({ x: 100, y: 50 });
  });
});
