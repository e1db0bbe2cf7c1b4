/**
 * Boxes: a ray/AABB slab test for each pixel inside the box's projected screen rectangle, shading the face
 * the ray enters, with a thin dark outline so neighbouring faces of one colour stay apart.
 */
import type { Vec3 } from "@/lib/camera/pose";
import { SCENE } from "@/lib/camera/scene";
import { fogAt, screenBounds, type FrameContext, type SolidBox } from "./raster-frame";

/** Light from above, front and right: how bright each face of a box is. */
const FACE_SHADE = { top: 1.04, bottom: 0.45, east: 0.86, west: 0.66, south: 0.94, north: 0.6 };
const EDGE_SHADE = 0.55;
/** Outline width, in pixels. */
const EDGE_PIXELS = 0.9;

/** Slab test per pixel inside the box's screen rectangle; shades the face the ray enters. */
export function drawBox(frame: FrameContext, box: SolidBox) {
  const { min, max } = box;
  const corners: Vec3[] = [];
  for (let c = 0; c < 8; c++) corners.push([c & 1 ? max[0] : min[0], c & 2 ? max[1] : min[1], c & 4 ? max[2] : min[2]]);
  const bounds = screenBounds(frame, corners);
  if (!bounds) return;
  const { left: i0, top: j0, right: i1, bottom: j1, nearest } = bounds;
  const { width, rgb, depth, colX, rowY, spread } = frame;
  const [px, py, pz] = frame.origin;
  const [rx, ry, rz] = frame.basis.right;
  const [ux, uy, uz] = frame.basis.up;
  const [fx, fy, fz] = frame.basis.forward;
  // Slab distances are (bound − origin) / direction; the numerators are fixed for the frame.
  const [loX, loY, loZ] = [min[0] - px, min[1] - py, min[2] - pz];
  const [hiX, hiY, hiZ] = [max[0] - px, max[1] - py, max[2] - pz];
  const [hazeR, hazeG, hazeB] = SCENE.haze;
  const [boxR, boxG, boxB] = box.color;
  for (let j = j0; j <= j1; j++) {
    const b = rowY[j];
    const bx = fx + b * ux;
    const by = fy + b * uy;
    const bz = fz + b * uz;
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
      const nx = x0 < x1 ? x0 : x1;
      const ny = y0 < y1 ? y0 : y1;
      const nz = z0 < z1 ? z0 : z1;
      const farX = x0 < x1 ? x1 : x0;
      const farY = y0 < y1 ? y1 : y0;
      const farZ = z0 < z1 ? z1 : z0;
      const near = nx > ny ? (nx > nz ? nx : nz) : ny > nz ? ny : nz;
      const far = farX < farY ? (farX < farZ ? farX : farZ) : farY < farZ ? farY : farZ;
      if (!(near <= far && near > 0 && near < depth[o])) continue;
      const hx = px + near * dx;
      const hy = py + near * dy;
      const hz = pz + near * dz;
      // The entering face is the slab whose near distance is largest.
      let shade: number;
      let edge: number;
      if (near === nx) {
        shade = dx > 0 ? FACE_SHADE.west : FACE_SHADE.east;
        edge = Math.min(hy - min[1], max[1] - hy, hz - min[2], max[2] - hz);
      } else if (near === ny) {
        shade = dy > 0 ? FACE_SHADE.bottom : FACE_SHADE.top;
        edge = Math.min(hx - min[0], max[0] - hx, hz - min[2], max[2] - hz);
      } else {
        shade = dz > 0 ? FACE_SHADE.north : FACE_SHADE.south;
        edge = Math.min(hx - min[0], max[0] - hx, hy - min[1], max[1] - hy);
      }
      if (edge < near * spread * EDGE_PIXELS) shade *= EDGE_SHADE;
      const fog = fogAt(near);
      const s = o * 3;
      rgb[s] = boxR * shade + (hazeR - boxR * shade) * fog;
      rgb[s + 1] = boxG * shade + (hazeG - boxG * shade) * fog;
      rgb[s + 2] = boxB * shade + (hazeB - boxB * shade) * fog;
      depth[o] = near;
    }
  }
}
