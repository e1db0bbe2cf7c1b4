/**
 * What the drawing passes of the software renderer share: the frame being drawn, how to build a pixel's
 * ray, and the screen rectangle a solid can cover.
 */
import type { Vec3 } from "@/lib/camera/pose";
import type { CameraBasis, Projector } from "@/lib/camera/projection";
import { SCENE, type Rgb } from "@/lib/camera/scene";

/** Everything a drawing pass needs about the frame being drawn. */
export type FrameContext = {
  width: number;
  height: number;
  rgb: Uint8ClampedArray;
  /**
   * ray parameter of the nearest surface so far; Infinity for sky. Rays have a forward component of 1,
   * so this is also the surface's depth in front of the camera.
   */
  depth: Float32Array;
  origin: Vec3;
  basis: CameraBasis;
  /** the ray through pixel (i, j) is forward + colX[i]·right + rowY[j]·up (not normalized) */
  colX: Float64Array;
  rowY: Float64Array;
  /** length of the ray through each row's centre, |forward + rowY[j]·up|, for row-wise shading */
  rowLength: Float64Array;
  /** distance between neighbouring pixels' rays at ray parameter 1 */
  spread: number;
  project: Projector;
};

/**
 * A box ready for slab tests: bounds in its own axes, which are the world's turned by `yaw` (radians,
 * clockwise seen from above; absent: 0) about the vertical axis through the bounds' centre; and colour.
 */
export type SolidBox = { min: Vec3; max: Vec3; color: Rgb; yaw?: number };

/**
 * Fog in [0, 1) by depth (not ray length, so it is constant along a row of ground): half strength at the
 * scene's fogHalfDistance; a rational curve, cheaper than exp.
 */
export function fogAt(depth: number): number {
  return depth / (depth + SCENE.fogHalfDistance);
}

/** Pixel bounds (inclusive) a solid can cover, and the depth of its nearest corner. */
export type ScreenBounds = { left: number; top: number; right: number; bottom: number; nearest: number };

/**
 * The screen rectangle that can contain a solid with these corners, or null if none of it is on screen.
 * A corner behind the camera makes the whole frame a candidate.
 */
export function screenBounds(frame: FrameContext, corners: Vec3[]): ScreenBounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let nearest = Infinity;
  for (const corner of corners) {
    const p = frame.project(corner);
    if (!p) return { left: 0, top: 0, right: frame.width - 1, bottom: frame.height - 1, nearest: 0 };
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
    nearest = Math.min(nearest, p.depth);
  }
  if (x1 < -1 || x0 > 1 || y1 < -1 || y0 > 1) return null;
  const px = (v: number, size: number) => Math.min(size - 1, Math.max(0, Math.floor(((v + 1) / 2) * size)));
  return {
    left: px(x0, frame.width),
    top: px(y0, frame.height),
    right: px(x1, frame.width),
    bottom: px(y1, frame.height),
    nearest,
  };
}
