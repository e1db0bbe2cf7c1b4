import { describe, expect, it } from "vitest";
import { commentDrawingSchema, MAX_DRAWING_SHAPES, MAX_FREEHAND_POINTS, readDrawing } from "./drawing";

const rect = { tool: "rect", colour: "#ff3b30", from: { x: 0.1, y: 0.2 }, to: { x: 0.5, y: 0.6 } };
const line = (points: number) =>
  Array.from({ length: points }, (_, index) => ({ x: index / Math.max(1, points - 1), y: 0.5 }));

function refused(value: unknown): string {
  const parsed = commentDrawingSchema.safeParse(value);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(value)}`);
  return parsed.error.issues[0]?.message ?? "";
}

describe("drawings on the frame", () => {
  it("accepts arrows, rectangles and lines with coordinates from 0 to 1", () => {
    const drawing = {
      shapes: [
        rect,
        { tool: "arrow", colour: "#ffffff", from: { x: 0, y: 0 }, to: { x: 1, y: 1 } },
        { tool: "freehand", colour: "#34c759", points: line(MAX_FREEHAND_POINTS) },
      ],
    };
    expect(commentDrawingSchema.parse(drawing)).toEqual(drawing);
  });

  it("refuses coordinates outside 0–1 and values that are not finite numbers", () => {
    for (const x of [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308]) {
      expect(refused({ shapes: [{ ...rect, from: { x, y: 0.5 } }] })).toMatch(/between 0 and 1|number/);
    }
    for (const x of ["0.5", null, true, [0.5], { valueOf: () => 0.5 }]) {
      expect(refused({ shapes: [{ ...rect, to: { x, y: 0.5 } }] })).toMatch(/must be numbers/);
    }
  });

  it("bounds the marks and the points of a line", () => {
    expect(refused({ shapes: Array(MAX_DRAWING_SHAPES + 1).fill(rect) })).toMatch(/at most 20 marks/);
    expect(refused({ shapes: Array(100_000).fill(rect) })).toMatch(/at most/);
    expect(refused({ shapes: [] })).toMatch(/at least one mark/);
    const long = { tool: "freehand", colour: "#34c759", points: line(MAX_FREEHAND_POINTS + 1) };
    expect(refused({ shapes: [long] })).toMatch(/at most 300 points/);
    expect(refused({ shapes: [{ ...long, points: line(1) }] })).toMatch(/at least two points/);
  });

  it("refuses extra keys, prototype keys, unknown tools and colours off the palette", () => {
    expect(refused({ shapes: [{ ...rect, width: 3 }] })).toBeTruthy();
    expect(refused({ shapes: [rect], script: "x" })).toBeTruthy();
    expect(refused(JSON.parse(`{"shapes": [${JSON.stringify(rect)}], "__proto__": {"polluted": true}}`))).toBeTruthy();
    expect(
      refused({ shapes: [{ ...rect, from: JSON.parse('{"x": 0.1, "y": 0.1, "__proto__": {"polluted": 1}}') }] }),
    ).toBeTruthy();
    expect(
      refused({ shapes: [{ ...rect, from: JSON.parse('{"x": 0.1, "y": 0.1, "constructor": {}}') }] }),
    ).toBeTruthy();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused({ shapes: [{ ...rect, tool: "circle" }] })).toMatch(/arrow, a rectangle or a line/);
    expect(refused({ shapes: [{ ...rect, colour: "red" }] })).toMatch(/palette/);
    expect(refused({ shapes: [{ ...rect, colour: "#ff3b30; background:url(x)" }] })).toMatch(/palette/);
    expect(refused("<svg onload=alert(1)>")).toBeTruthy();
    expect(refused(null)).toBeTruthy();
  });

  it("shows nothing for a stored value that is not a valid drawing", () => {
    expect(readDrawing({ shapes: [rect] })).toEqual({ shapes: [rect] });
    expect(readDrawing({ shapes: [{ ...rect, from: { x: 2, y: 0 } }] })).toBeNull();
    expect(readDrawing("junk")).toBeNull();
    expect(readDrawing(null)).toBeNull();
  });
});
