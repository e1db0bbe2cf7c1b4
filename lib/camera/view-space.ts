/**
 * Camera (view) space for vector drawing: a polygon or segment that crosses the camera's near plane
 * cannot be drawn by projecting its corners (the corners behind the camera do not project), so it is
 * clipped in view space first and projected after. The projection is exactly `makeProjector`'s, so a
 * preview drawn this way and the sandbox's ray-cast frames agree. Browser-safe.
 */
import type { CameraPose, Vec3 } from "./pose";
import { cameraBasis, NEAR_PLANE } from "./projection";

/** x right, y up (metres, in the camera's frame), depth along the viewing axis. */
export type ViewPoint = [x: number, y: number, depth: number];

export type ViewSpace = {
  toView(point: Vec3): ViewPoint;
  /** Screen coordinates as `makeProjector` gives them: x right and y down in [−1, 1]; depth ≥ near. */
  toScreen(point: ViewPoint): { x: number; y: number };
};

export function makeViewSpace(pose: CameraPose, aspect: number): ViewSpace {
  const { right, up, forward } = cameraBasis(pose);
  const focal = 1 / Math.tan(pose.fovY / 2);
  const [px, py, pz] = pose.position;
  return {
    toView(point) {
      const dx = point[0] - px;
      const dy = point[1] - py;
      const dz = point[2] - pz;
      return [
        dx * right[0] + dy * right[1] + dz * right[2],
        dx * up[0] + dy * up[1] + dz * up[2],
        dx * forward[0] + dy * forward[1] + dz * forward[2],
      ];
    },
    toScreen([x, y, depth]) {
      return { x: (x * focal) / (depth * aspect), y: (-y * focal) / depth };
    },
  };
}

/**
 * The part of a convex or concave polygon in front of the near plane (Sutherland–Hodgman against one
 * plane). Returns fewer than 3 points when nothing is left.
 */
export function clipPolygonToNear(polygon: readonly ViewPoint[], near = NEAR_PLANE): ViewPoint[] {
  const out: ViewPoint[] = [];
  const count = polygon.length;
  for (let i = 0; i < count; i++) {
    const current = polygon[i];
    const next = polygon[(i + 1) % count];
    const currentIn = current[2] >= near;
    const nextIn = next[2] >= near;
    if (currentIn) out.push(current);
    if (currentIn !== nextIn) out.push(crossNear(current, next, near));
  }
  return out;
}

/** The part of a segment in front of the near plane, or null when it is all behind. */
export function clipSegmentToNear(a: ViewPoint, b: ViewPoint, near = NEAR_PLANE): [ViewPoint, ViewPoint] | null {
  const aIn = a[2] >= near;
  const bIn = b[2] >= near;
  if (aIn && bIn) return [a, b];
  if (!aIn && !bIn) return null;
  const cut = crossNear(a, b, near);
  return aIn ? [a, cut] : [cut, b];
}

/** Where segment a–b crosses depth = near; a and b lie on opposite sides. */
function crossNear(a: ViewPoint, b: ViewPoint, near: number): ViewPoint {
  const k = (near - a[2]) / (b[2] - a[2]);
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, near];
}
