/** Canvas paths in pixels: the frame being drawn, projected and clipped polygons, colours as CSS. */
import type { CameraPose } from "@/lib/camera/pose";
import type { Rgb } from "@/lib/camera/scene";
import type { ViewPoint, ViewSpace } from "@/lib/camera/view-space";
import { clipPolygonToRect, type Rect } from "./screen-clip";

/** Pixels outside the canvas that clipped shapes keep. */
const CLIP_MARGIN = 3;
/** The part of the Canvas 2D API the preview draws with, so a test can stand in for a canvas. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "closePath"
  | "fill"
  | "stroke"
  | "fillRect"
  | "createLinearGradient"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineJoin"
>;

/**
 * One moment of the clip: the camera's pose, and the clip's progress in [0, 1], which places the scene's
 * moving subjects. The two are separate because the subjects keep going forward whatever the camera does.
 */
export type PreviewMoment = { pose: CameraPose; progress: number };

export type FrameTarget = {
  ctx: Canvas2D;
  /** canvas pixels */
  width: number;
  height: number;
  /** the clip's width / height (the canvas has the same shape) */
  aspect: number;
};

/**
 * Adds the on-canvas part of a near-clipped view-space polygon to the current path, in canvas pixels;
 * false when none of it is on the canvas.
 */
export function addPolygon(target: FrameTarget, view: ViewSpace, polygon: readonly ViewPoint[]): boolean {
  const { ctx } = target;
  const visible = clipPolygonToRect(
    polygon.map((point) => toPixels(target, view, point)),
    canvasRect(target),
  );
  for (let i = 0; i < visible.length; i++) {
    if (i === 0) ctx.moveTo(visible[i].x, visible[i].y);
    else ctx.lineTo(visible[i].x, visible[i].y);
  }
  if (visible.length > 0) ctx.closePath();
  return visible.length > 0;
}

/** The canvas with a margin wider than any stroke, so clipped edges never show. */
export function canvasRect(target: FrameTarget): Rect {
  return {
    left: -CLIP_MARGIN,
    top: -CLIP_MARGIN,
    right: target.width + CLIP_MARGIN,
    bottom: target.height + CLIP_MARGIN,
  };
}

export function toPixels(target: FrameTarget, view: ViewSpace, point: ViewPoint): { x: number; y: number } {
  const screen = view.toScreen(point);
  return { x: ((screen.x + 1) / 2) * target.width, y: ((screen.y + 1) / 2) * target.height };
}

export function fillPolygon(ctx: Canvas2D, points: [number, number][], style: string | CanvasGradient) {
  ctx.beginPath();
  for (const [index, [x, y]] of points.entries()) {
    if (index === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fillStyle = style;
  ctx.fill();
}

export function mix(a: Rgb, b: Rgb, k: number): Rgb {
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

export function css(color: Rgb, alpha = 1): string {
  const [r, g, b] = color.map((c) => Math.max(0, Math.min(255, Math.round(c))));
  return alpha >= 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${Math.max(0, alpha).toFixed(3)})`;
}
