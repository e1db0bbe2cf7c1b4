/**
 * The stage every camera move is shown on, as plain data shared by the sandbox renderer and the browser
 * preview. Coordinates are the camera model's world (metres, y up, the camera at rest at the origin's
 * eye height looking along −z). Boxes stand at varied depths on both sides, low ones below eye height so
 * the horizon stays readable, tall ones above it so pans and tilts have something to cross the sky;
 * every box has its own colour so a test (or a viewer) can follow one object.
 */
import type { Vec3 } from "./pose";

export type Rgb = [number, number, number];

export type SceneBox = {
  name: string;
  /** centre of the footprint on the ground: x, z */
  at: [number, number];
  /** width (x), height (y), depth (z) */
  size: Vec3;
  color: Rgb;
};

export type TitleBoard = {
  /** centre of the face, which looks toward +z (toward the camera at rest) */
  center: Vec3;
  width: number;
  height: number;
  paper: Rgb;
  ink: Rgb;
  frame: Rgb;
  /** width of the frame band around the paper, metres */
  frameWidth: number;
  /** the posts it stands on */
  postWidth: number;
};

export type Scene = {
  ground: { tile: number; line: number; colors: [Rgb, Rgb]; lineColor: Rgb };
  sky: { zenith: Rgb; horizon: Rgb };
  /** far objects fade toward this colour; distinct from the sky's so the horizon stays visible */
  haze: Rgb;
  /** distance (metres) at which fog reaches half strength */
  fogHalfDistance: number;
  boxes: SceneBox[];
  titleBoard: TitleBoard;
};

export const SCENE: Scene = {
  ground: {
    tile: 2,
    line: 0.05,
    colors: [
      [104, 128, 84],
      [128, 150, 104],
    ],
    lineColor: [66, 84, 58],
  },
  sky: { zenith: [78, 132, 214], horizon: [170, 204, 240] },
  haze: [200, 204, 198],
  fogHalfDistance: 45,
  boxes: [
    { name: "red pillar", at: [-3.2, -8], size: [1, 3, 1], color: [214, 48, 40] },
    { name: "magenta cube", at: [3.4, -8], size: [1.2, 1.2, 1.2], color: [206, 52, 196] },
    { name: "orange block", at: [4.5, -13], size: [1.6, 1.4, 1.6], color: [240, 140, 30] },
    { name: "yellow tower", at: [-7, -18], size: [1.4, 4.5, 1.4], color: [236, 210, 40] },
    { name: "teal column", at: [7.5, -26], size: [2, 7, 2], color: [30, 168, 150] },
    { name: "white hall", at: [-1.5, -32], size: [5, 2.5, 3], color: [236, 236, 232] },
    { name: "charcoal crate", at: [-4.6, -4.2], size: [0.8, 0.8, 0.8], color: [60, 60, 66] },
    { name: "brown post", at: [8.5, -6], size: [0.7, 2.4, 0.7], color: [130, 80, 40] },
    { name: "pink kiosk", at: [-11, -11], size: [1.8, 2.2, 1.8], color: [244, 150, 170] },
  ],
  // The top edge stays below eye height so the horizon runs above it across the whole frame.
  titleBoard: {
    center: [0, 0.95, -5],
    width: 2.6,
    height: 1.05,
    paper: [242, 238, 224],
    ink: [28, 32, 48],
    frame: [70, 56, 46],
    frameWidth: 0.06,
    postWidth: 0.08,
  },
};

/** A box's axis-aligned bounds in world space: it stands on the ground, centred on `at`. */
export function boxBounds(box: SceneBox): { min: Vec3; max: Vec3 } {
  const [x, z] = box.at;
  const [width, height, depth] = box.size;
  return { min: [x - width / 2, 0, z - depth / 2], max: [x + width / 2, height, z + depth / 2] };
}
