/**
 * The scene's light, shared by the sandbox renderer and the browser preview so a face has the same
 * brightness in both: light from above, front and right, as a brightness per face direction.
 */

/** How bright each face of a box is, by the world direction it faces (east +x, south +z, toward the camera). */
export const FACE_SHADE = { top: 1.04, bottom: 0.45, east: 0.86, west: 0.66, south: 0.94, north: 0.6 };
/** Brightness of a box's outline, relative to its face. */
export const EDGE_SHADE = 0.55;

/**
 * Brightness of an upright face with unit world normal (nx, 0, nz), for boxes turned about their
 * vertical axis: the four compass values blended by the squared components (which sum to 1), so a face
 * turned exactly east, west, south or north gets exactly its table value and a turning box brightens
 * and darkens smoothly.
 */
export function sideShade(nx: number, nz: number): number {
  const alongX = nx > 0 ? FACE_SHADE.east : FACE_SHADE.west;
  const alongZ = nz > 0 ? FACE_SHADE.south : FACE_SHADE.north;
  return nx * nx * alongX + nz * nz * alongZ;
}
