"use client";

import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import { type DrawingPoint, type DrawingShape, MAX_DRAWING_SHAPES, MAX_FREEHAND_POINTS } from "@/lib/review/drawing";
import { DrawingShapes } from "./drawing-shapes";
import type { FrameSize } from "./frame-size";
import type { DrawingDraft } from "./use-drawing-draft";

const KEY_STEP = 0.02;
const START_RECT = { from: { x: 0.4, y: 0.4 }, to: { x: 0.6, y: 0.6 } };
/** Freehand samples closer than this (a fraction of the frame) add nothing a reviewer can see. */
const MIN_POINT_GAP = 0.004;

/**
 * Where a reviewer draws on the paused frame. The pointer draws with the tool in hand; pointer
 * positions are read through the SVG's own transform, so letterbox bars are outside the frame and a
 * mark is clamped to its edges. Keyboard: the surface takes focus when drawing is turned on; focused
 * by the keyboard, it shows a rectangle that the arrow keys move, Shift+arrows resize, and Enter places.
 */
export function DrawingSurface(props: { draft: DrawingDraft; frame: FrameSize }) {
  const { draft, frame } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [stroke, setStroke] = useState<DrawingShape | null>(null);
  const [keyRect, setKeyRect] = useState<{ from: DrawingPoint; to: DrawingPoint } | null>(null);
  const full = draft.shapes.length >= MAX_DRAWING_SHAPES;
  // Turning drawing on puts the keyboard here, so the arrow keys work at once.
  useEffect(() => svg.current?.focus(), []);

  const pointOf = (event: PointerEvent): DrawingPoint | null => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return null;
    const local = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: clamp01(local.x / frame.width), y: clamp01(local.y / frame.height) };
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const point = pointOf(event);
    if (!point || full) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setStroke(
      draft.tool === "freehand"
        ? { tool: "freehand", colour: draft.colour, points: [point] }
        : { tool: draft.tool, colour: draft.colour, from: point, to: point },
    );
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const point = stroke && pointOf(event);
    if (!stroke || !point) return;
    if (stroke.tool !== "freehand") return setStroke({ ...stroke, to: point });
    const last = stroke.points[stroke.points.length - 1];
    if (stroke.points.length >= MAX_FREEHAND_POINTS || Math.hypot(point.x - last.x, point.y - last.y) < MIN_POINT_GAP)
      return;
    setStroke({ ...stroke, points: [...stroke.points, point] });
  };
  const onPointerUp = () => {
    if (stroke && isVisible(stroke)) draft.add(stroke);
    setStroke(null);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const rect = keyRect ?? START_RECT;
    if (event.key === "Enter") {
      // Only a rectangle the reviewer can see is placed.
      if (!keyRect) return;
      event.preventDefault();
      if (!full) draft.add({ tool: "rect", colour: draft.colour, ...keyRect });
      setKeyRect(null);
      return;
    }
    const move = ARROWS[event.key];
    if (!move) return;
    event.preventDefault();
    const [dx, dy] = [move[0] * KEY_STEP, move[1] * KEY_STEP];
    setKeyRect(event.shiftKey ? resize(rect, dx, dy) : shift(rect, dx, dy));
  };

  const pending: DrawingShape[] = [
    ...draft.shapes,
    ...(stroke ? [stroke] : []),
    ...(keyRect ? [{ tool: "rect" as const, colour: draft.colour, ...keyRect }] : []),
  ];
  return (
    <svg
      ref={svg}
      role="application"
      aria-label="Drawing surface. Arrow keys move a rectangle, Shift and arrow keys resize it, Enter places it."
      aria-describedby="drawing-count"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the surface takes keys (arrows, Enter) to place a rectangle
      tabIndex={0}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      preserveAspectRatio="xMidYMid meet"
      className="absolute inset-0 h-full w-full cursor-crosshair touch-none outline-none focus-visible:ring-2 focus-visible:ring-accent focus-visible:ring-inset"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setStroke(null)}
      // Reached by the keyboard, it offers the rectangle at once; a click to draw with the pointer does not.
      onFocus={(event) => {
        if (event.currentTarget.matches(":focus-visible")) setKeyRect((rect) => rect ?? START_RECT);
      }}
      onBlur={() => setKeyRect(null)}
      onKeyDown={onKeyDown}
    >
      <rect
        width={frame.width}
        height={frame.height}
        fill="transparent"
        stroke="rgb(124 92 255 / 0.6)"
        strokeDasharray="8 6"
        strokeWidth={2}
      />
      <DrawingShapes shapes={pending} frame={frame} />
    </svg>
  );
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

type Box = { from: DrawingPoint; to: DrawingPoint };

/** Moves the box, keeping all of it inside the frame. */
function shift(box: Box, dx: number, dy: number): Box {
  const x = Math.min(1 - Math.max(box.from.x, box.to.x), Math.max(-Math.min(box.from.x, box.to.x), dx));
  const y = Math.min(1 - Math.max(box.from.y, box.to.y), Math.max(-Math.min(box.from.y, box.to.y), dy));
  return { from: { x: box.from.x + x, y: box.from.y + y }, to: { x: box.to.x + x, y: box.to.y + y } };
}

/** Grows or shrinks the box from its bottom-right corner, never smaller than one step. */
function resize(box: Box, dx: number, dy: number): Box {
  return {
    from: box.from,
    to: {
      x: clamp01(Math.max(box.from.x + KEY_STEP, box.to.x + dx)),
      y: clamp01(Math.max(box.from.y + KEY_STEP, box.to.y + dy)),
    },
  };
}

/** A click without a drag leaves no mark. */
function isVisible(shape: DrawingShape): boolean {
  if (shape.tool === "freehand") return shape.points.length >= 2;
  return Math.hypot(shape.to.x - shape.from.x, shape.to.y - shape.from.y) > 0.01;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 10_000) / 10_000));
}
