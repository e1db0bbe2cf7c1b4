/**
 * Drawings as a hostile client could send them with a comment: a valid drawing with one value turned
 * into NaN, Infinity, a string or an out-of-range number, arrays far past the limits, extra and
 * prototype keys, unknown tools and colours, so every refusal path of the drawing schema is reached.
 */
import fc from "fast-check";
import type { CommentDrawing } from "@/lib/review/drawing";

export const VALID_DRAWING: CommentDrawing = {
  shapes: [
    { tool: "rect", colour: "#ff3b30", from: { x: 0.2, y: 0.2 }, to: { x: 0.6, y: 0.7 } },
    { tool: "arrow", colour: "#ffcc00", from: { x: 0.1, y: 0.9 }, to: { x: 0.5, y: 0.5 } },
    {
      tool: "freehand",
      colour: "#0a84ff",
      points: [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
    },
  ],
};

const BAD_NUMBERS: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0.0001,
  1.0001,
  1e308,
  "0.5",
  "",
  null,
  true,
  [0.5],
  { valueOf: 0.5 },
];

const point = (x: unknown, y: unknown) => ({ x, y });
const rect = VALID_DRAWING.shapes[0];

export function hostileDrawing(): fc.Arbitrary<unknown> {
  const bad = fc.constantFrom(...BAD_NUMBERS);
  return fc.oneof(
    bad.map((x) => ({ shapes: [{ ...rect, from: point(x, 0.5) }] })),
    bad.map((y) => ({ shapes: [{ ...rect, to: point(0.5, y) }] })),
    bad.map((x) => ({ shapes: [{ tool: "freehand", colour: "#ffffff", points: [point(0, 0), point(x, 1)] }] })),
    fc.integer({ min: 21, max: 50_000 }).map((count) => ({ shapes: Array(count).fill(rect) })),
    fc.integer({ min: 301, max: 100_000 }).map((count) => ({
      shapes: [{ tool: "freehand", colour: "#ffffff", points: Array(count).fill(point(0.5, 0.5)) }],
    })),
    fc.constantFrom(
      { shapes: [] },
      { shapes: [{ ...rect, width: 3 }] },
      { ...VALID_DRAWING, onload: "alert(1)" },
      { shapes: [{ ...rect, tool: "circle" }] },
      { shapes: [{ ...rect, colour: "url(javascript:alert(1))" }] },
      { shapes: [{ ...rect, from: { x: 0.1 } }] },
      JSON.parse(`{"shapes": ${JSON.stringify(VALID_DRAWING.shapes)}, "__proto__": {"polluted": "yes"}}`),
      JSON.parse(
        '{"shapes": [{"tool": "rect", "colour": "#ff3b30", "from": {"x": 0, "y": 0, "__proto__": {"polluted": "yes"}}, "to": {"x": 1, "y": 1}}]}',
      ),
      JSON.parse(
        '{"shapes": [{"tool": "rect", "colour": "#ff3b30", "constructor": {"prototype": {"polluted": "yes"}}, "from": {"x": 0, "y": 0}, "to": {"x": 1, "y": 1}}]}',
      ),
      "<svg onload=alert(1)>",
      [VALID_DRAWING],
    ),
  );
}
