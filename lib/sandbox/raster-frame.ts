/**
 * What the drawing passes of the software renderer share: the frame being drawn, how to build a pixel's
 * ray, and the screen rectangle a solid can cover.
 */
import type { Vec3 } from "@/lib/camera/pose";
import type { CameraBasis, Projector } from "@/lib/camera/projection";
import { type Rgb, SCENE } from "@/lib/camera/scene";

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

/** forward + rowY·up: the part of a row's rays that every pixel of the row shares; pixel i adds colX[i]·right. */
export function rowRay(forward: Vec3, up: Vec3, rowY: number): Vec3 {
  return [forward[0] + rowY * up[0], forward[1] + rowY * up[1], forward[2] + rowY * up[2]];
}

const [HAZE_R, HAZE_G, HAZE_B] = SCENE.haze;

/**
 * Draws a surface at pixel offset o: its colour faded toward the haze by its depth t, and t in the depth
 * buffer. Plain numbers rather than an object: it runs once per pixel drawn.
 */
export function putSurface(frame: FrameContext, o: number, t: number, r: number, g: number, b: number) {
  const fog = fogAt(t);
  const s = o * 3;
  frame.rgb[s] = r + (HAZE_R - r) * fog;
  frame.rgb[s + 1] = g + (HAZE_G - g) * fog;
  frame.rgb[s + 2] = b + (HAZE_B - b) * fog;
  frame.depth[o] = t;
}

/** Pixel bounds (inclusive) a solid can cover, and the depth of its nearest corner. */
export type ScreenBounds = { left: number; top: number; right: number; bottom: number; nearest: number };

/**
 * Where a solid that reaches behind the camera is cut for its bounds, metres in front of the camera: far
 * nearer than anything the slab test can show on its own, so no pixel of it is lost.
 */
const CUT_DEPTH = 1e-6;

/**
 * The screen rectangle that can contain a convex solid with these corners, or null if none of it is on
 * screen. A solid wholly behind the camera has none; one that reaches behind it is bounded by what is
 * left of it in front (the camera passes the moving subjects and the near boxes, and a whole-frame
 * candidate for each of them would cost a slab test per pixel).
 */
export function screenBounds(frame: FrameContext, corners: Vec3[]): ScreenBounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let nearest = Infinity;
  const add = (x: number, y: number, depth: number) => {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
    nearest = Math.min(nearest, depth);
  };
  const projected = corners.map((corner) => frame.project(corner));
  if (projected.every((p) => p !== null)) {
    for (const p of projected) if (p) add(p.x, p.y, p.depth);
  } else {
    const points = partInFront(frame, corners);
    if (points.length === 0) return null;
    const tanX = (frame.spread * frame.width) / 2;
    const tanY = (frame.spread * frame.height) / 2;
    for (const [x, y, depth] of points) add(x / (depth * tanX), -y / (depth * tanY), depth);
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

/**
 * A convex solid's corners in camera space (x right, y up, depth), cut at CUT_DEPTH: the corners in front,
 * and where each segment between a corner in front and one behind crosses the cut. The solid holds every
 * such segment, so these points bound the part of it in front.
 */
function partInFront(frame: FrameContext, corners: Vec3[]): Vec3[] {
  const { right, up, forward } = frame.basis;
  const [ox, oy, oz] = frame.origin;
  const view = corners.map(([cx, cy, cz]): Vec3 => {
    const [dx, dy, dz] = [cx - ox, cy - oy, cz - oz];
    return [
      dx * right[0] + dy * right[1] + dz * right[2],
      dx * up[0] + dy * up[1] + dz * up[2],
      dx * forward[0] + dy * forward[1] + dz * forward[2],
    ];
  });
  const points = view.filter((p) => p[2] >= CUT_DEPTH);
  for (const a of view) {
    for (const b of view) {
      if (!(a[2] >= CUT_DEPTH && b[2] < CUT_DEPTH)) continue;
      const k = (a[2] - CUT_DEPTH) / (a[2] - b[2]);
      points.push([a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, CUT_DEPTH]);
    }
  }
  return points;
}
