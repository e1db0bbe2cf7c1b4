/**
 * From a camera pose to the screen: the camera's basis vectors (for building rays) and a pinhole
 * projection. Screen coordinates are normalized: x right and y DOWN, both in [−1, 1] across the visible
 * frame; the vertical field of view spans y, and x is scaled by aspect = width / height.
 * Browser-safe and allocation-light: a preview can make one projector per frame and call it per point.
 */
import type { CameraPose, Vec3 } from "./pose";

export type CameraBasis = { right: Vec3; up: Vec3; forward: Vec3 };

export type ScreenPoint = {
  /** −1 left edge … 1 right edge */
  x: number;
  /** −1 top edge … 1 bottom edge */
  y: number;
  /** distance in front of the camera along its viewing axis, metres */
  depth: number;
};

export type Projector = (point: Vec3) => ScreenPoint | null;

/** Points closer than this (or behind the camera) do not project. */
export const NEAR_PLANE = 0.05;

/**
 * The camera's orthonormal axes in world space: yaw about world y, then pitch about the camera's right
 * axis, then roll about its viewing axis. right × up = −forward (the camera looks down its local −z).
 */
export function cameraBasis(pose: CameraPose): CameraBasis {
  const sy = Math.sin(pose.yaw);
  const cy = Math.cos(pose.yaw);
  const sp = Math.sin(pose.pitch);
  const cp = Math.cos(pose.pitch);
  const sr = Math.sin(pose.roll);
  const cr = Math.cos(pose.roll);
  const forward: Vec3 = [sy * cp, sp, -cy * cp];
  // Level right and up before roll.
  const rx = cy;
  const rz = sy;
  const ux = -sy * sp;
  const uy = cp;
  const uz = cy * sp;
  // Clockwise roll (seen from behind) swings the top of the camera toward its right.
  const right: Vec3 = [cr * rx - sr * ux, -sr * uy, cr * rz - sr * uz];
  const up: Vec3 = [cr * ux + sr * rx, cr * uy, cr * uz + sr * rz];
  return { right, up, forward };
}

/** A projector bound to one pose and aspect: computes the basis once, then projects many points. */
export function makeProjector(pose: CameraPose, aspect: number): Projector {
  const { right, up, forward } = cameraBasis(pose);
  const focal = 1 / Math.tan(pose.fovY / 2);
  const [px, py, pz] = pose.position;
  return (point) => {
    const dx = point[0] - px;
    const dy = point[1] - py;
    const dz = point[2] - pz;
    const depth = dx * forward[0] + dy * forward[1] + dz * forward[2];
    if (depth < NEAR_PLANE) return null;
    const xc = dx * right[0] + dy * right[1] + dz * right[2];
    const yc = dx * up[0] + dy * up[1] + dz * up[2];
    return { x: (xc * focal) / (depth * aspect), y: (-yc * focal) / depth, depth };
  };
}

/** One point on screen; null when it is behind (or too close to) the camera. */
export function projectPoint(pose: CameraPose, point: Vec3, aspect: number): ScreenPoint | null {
  return makeProjector(pose, aspect)(point);
}

/**
 * The (unnormalized) ray direction through a screen point: forward + x·tan(fovX/2)·right −
 * y·tan(fovY/2)·up. The inverse of the projection, for ray casting.
 */
export function screenRay(pose: CameraPose, screen: { x: number; y: number }, aspect: number): Vec3 {
  const { right, up, forward } = cameraBasis(pose);
  const ty = Math.tan(pose.fovY / 2);
  const a = screen.x * ty * aspect;
  const b = -screen.y * ty;
  return [
    forward[0] + a * right[0] + b * up[0],
    forward[1] + a * right[1] + b * up[1],
    forward[2] + a * right[2] + b * up[2],
  ];
}
