/**
 * Boxes: a ray/AABB slab test for each pixel inside the box's projected screen rectangle, shading the face
 * the ray enters, with a thin dark outline so neighbouring faces of one colour stay apart. A turned box is
 * tested in its own axes: the camera's origin and basis are turned into them once per box, and since each
 * ray is built from the basis, every ray arrives already turned.
 */

import { EDGE_SHADE, FACE_SHADE, sideShade } from "@/lib/camera/lighting";
import type { Vec3 } from "@/lib/camera/pose";
import { turnAboutY } from "@/lib/camera/scene";
import { type FrameContext, putSurface, rowRay, type SolidBox, screenBounds } from "./raster-frame";

/** Outline width, in pixels. */
const EDGE_PIXELS = 0.9;

/** Slab test per pixel inside the box's screen rectangle; shades the face the ray enters. */
export function drawBox(frame: FrameContext, box: SolidBox) {
  const { min, max } = box;
  const axes = boxAxes(box);
  const corners: Vec3[] = [];
  for (let c = 0; c < 8; c++) {
    corners.push(axes.toWorld([c & 1 ? max[0] : min[0], c & 2 ? max[1] : min[1], c & 4 ? max[2] : min[2]]));
  }
  const bounds = screenBounds(frame, corners);
  if (!bounds) return;
  const { left: i0, top: j0, right: i1, bottom: j1, nearest } = bounds;
  const { width, depth, colX, rowY, spread } = frame;
  const [px, py, pz] = axes.toOwn(frame.origin);
  const [rx, ry, rz] = axes.turnInto(frame.basis.right);
  const up = axes.turnInto(frame.basis.up);
  const forward = axes.turnInto(frame.basis.forward);
  const shades = faceShades(box.yaw ?? 0);
  // Slab distances are (bound − origin) / direction; the numerators are fixed for the frame.
  const [loX, loY, loZ] = [min[0] - px, min[1] - py, min[2] - pz];
  const [hiX, hiY, hiZ] = [max[0] - px, max[1] - py, max[2] - pz];
  const [boxR, boxG, boxB] = box.color;
  for (let j = j0; j <= j1; j++) {
    const [bx, by, bz] = rowRay(forward, up, rowY[j]);
    for (let i = i0; i <= i1; i++) {
      const o = j * width + i;
      // Whatever is already drawn nearer than the box's nearest corner hides it: skip the slab test.
      if (depth[o] <= nearest) continue;
      const a = colX[i];
      const dx = bx + a * rx;
      const dy = by + a * ry;
      const dz = bz + a * rz;
      const ix = 1 / dx;
      const iy = 1 / dy;
      const iz = 1 / dz;
      const x0 = loX * ix;
      const x1 = hiX * ix;
      const y0 = loY * iy;
      const y1 = hiY * iy;
      const z0 = loZ * iz;
      const z1 = hiZ * iz;
      const nx = Math.min(x0, x1);
      const ny = Math.min(y0, y1);
      const nz = Math.min(z0, z1);
      const farX = Math.max(x0, x1);
      const farY = Math.max(y0, y1);
      const farZ = Math.max(z0, z1);
      const near = nx > ny ? Math.max(nx, nz) : Math.max(ny, nz);
      const far = farX < farY ? Math.min(farX, farZ) : Math.min(farY, farZ);
      if (!(near <= far && near > 0 && near < depth[o])) continue;
      const hx = px + near * dx;
      const hy = py + near * dy;
      const hz = pz + near * dz;
      // The entering face is the slab whose near distance is largest.
      let shade: number;
      let edge: number;
      if (near === nx) {
        shade = dx > 0 ? shades.west : shades.east;
        edge = Math.min(hy - min[1], max[1] - hy, hz - min[2], max[2] - hz);
      } else if (near === ny) {
        shade = dy > 0 ? FACE_SHADE.bottom : FACE_SHADE.top;
        edge = Math.min(hx - min[0], max[0] - hx, hz - min[2], max[2] - hz);
      } else {
        shade = dz > 0 ? shades.north : shades.south;
        edge = Math.min(hx - min[0], max[0] - hx, hy - min[1], max[1] - hy);
      }
      if (edge < near * spread * EDGE_PIXELS) shade *= EDGE_SHADE;
      putSurface(frame, o, near, boxR * shade, boxG * shade, boxB * shade);
    }
  }
}

type BoxAxes = {
  /** a point in the box's own axes to the world */
  toWorld(point: Vec3): Vec3;
  /** a world point into the box's own axes */
  toOwn(point: Vec3): Vec3;
  /** a world direction into the box's own axes */
  turnInto(direction: Vec3): Vec3;
};

/** The box's own axes: the world's turned by its yaw about the vertical through its centre. */
function boxAxes(box: SolidBox): BoxAxes {
  const yaw = box.yaw ?? 0;
  const cx = (box.min[0] + box.max[0]) / 2;
  const cz = (box.min[2] + box.max[2]) / 2;
  const turn = (angle: number, [x, y, z]: Vec3, about: [number, number]): Vec3 => {
    const [tx, tz] = turnAboutY(angle, x - about[0], z - about[1]);
    return [about[0] + tx, y, about[1] + tz];
  };
  if (yaw === 0) return { toWorld: (point) => point, toOwn: (point) => point, turnInto: (direction) => direction };
  return {
    toWorld: (point) => turn(yaw, point, [cx, cz]),
    toOwn: (point) => turn(-yaw, point, [cx, cz]),
    turnInto: (direction) => turn(-yaw, direction, [0, 0]),
  };
}

/** The brightness of each side of a box turned by `yaw`, named by the side of the box (its own axes). */
function faceShades(yaw: number): { east: number; west: number; south: number; north: number } {
  if (yaw === 0) return FACE_SHADE;
  // A side's normal in the box's axes, turned into the world's.
  const side = (x: number, z: number) => sideShade(...turnAboutY(yaw, x, z));
  return { east: side(1, 0), west: side(-1, 0), south: side(0, 1), north: side(0, -1) };
}
