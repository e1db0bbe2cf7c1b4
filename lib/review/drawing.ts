/**
 * A drawing on the video frame, saved with a comment: arrows, rectangles and freehand lines in a colour
 * from the palette. Every coordinate is a fraction (0–1) of the video frame's width or height, so a
 * drawing lands on the same spot at any player size. The schema is the boundary: the comment action,
 * the database column and the share pages all take drawings through it.
 */
import { z } from "zod";

/** The colours a reviewer can draw in; chosen to stand out on most footage. */
export const DRAWING_COLOURS = ["#ff3b30", "#ffcc00", "#34c759", "#0a84ff", "#ffffff"] as const;
export type DrawingColour = (typeof DRAWING_COLOURS)[number];
/** How the swatches are named to a person and to a screen reader. */
export const DRAWING_COLOUR_NAMES: Record<DrawingColour, string> = {
  "#ff3b30": "Red",
  "#ffcc00": "Yellow",
  "#34c759": "Green",
  "#0a84ff": "Blue",
  "#ffffff": "White",
};

export const DRAWING_TOOLS = ["arrow", "rect", "freehand"] as const;
export type DrawingTool = (typeof DRAWING_TOOLS)[number];

/** Enough for a few marks on one frame; more is a sign of a runaway client. */
export const MAX_DRAWING_SHAPES = 20;
/** Points in one freehand line (a client thins its samples to stay under this). */
export const MAX_FREEHAND_POINTS = 300;

const fraction = z
  .number({ error: "Drawing coordinates must be numbers." })
  .min(0, "Drawing coordinates must be between 0 and 1.")
  .max(1, "Drawing coordinates must be between 0 and 1.");

const pointSchema = z.strictObject({ x: fraction, y: fraction });
export type DrawingPoint = z.infer<typeof pointSchema>;

const colour = z.enum(DRAWING_COLOURS, { error: "Choose a colour from the palette." });

const shapeSchema = z.discriminatedUnion(
  "tool",
  [
    z.strictObject({ tool: z.literal("arrow"), colour, from: pointSchema, to: pointSchema }),
    /** A rectangle from one corner to the opposite one. */
    z.strictObject({ tool: z.literal("rect"), colour, from: pointSchema, to: pointSchema }),
    z.strictObject({
      tool: z.literal("freehand"),
      colour,
      points: z
        .array(pointSchema)
        .min(2, "A line needs at least two points.")
        .max(MAX_FREEHAND_POINTS, `A line can have at most ${MAX_FREEHAND_POINTS} points.`),
    }),
  ],
  { error: "Choose an arrow, a rectangle or a line." },
);
export type DrawingShape = z.infer<typeof shapeSchema>;

export const commentDrawingSchema = z.strictObject({
  shapes: z
    .array(shapeSchema)
    .min(1, "A drawing needs at least one mark.")
    .max(MAX_DRAWING_SHAPES, `A drawing can have at most ${MAX_DRAWING_SHAPES} marks.`),
});
export type CommentDrawing = z.infer<typeof commentDrawingSchema>;

/** A stored drawing as it is shown: checked again on the way out, so a row written by anything else shows nothing. */
export function readDrawing(value: unknown): CommentDrawing | null {
  if (value === null || value === undefined) return null;
  const parsed = commentDrawingSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
