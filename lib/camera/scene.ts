/**
 * The stage every camera move is shown on, as plain data shared by the sandbox renderer and the browser
 * preview. Coordinates are the camera model's world (metres, y up, the camera at rest at the origin's
 * eye height looking along −z). Boxes stand at varied depths on both sides, low ones below eye height so
 * the horizon stays readable, tall ones above it so pans and tilts have something to cross the sky;
 * every box has its own colour so a test (or a viewer) can follow one object.
 *
 * A few subjects move during the clip, as they would in real footage: a clip filmed by a still camera
 * still has motion in it, and whatever measures the camera's move from the video has to tell the two
 * apart. Where a subject stands is a function of the clip's progress t ∈ [0, 1] alone (`sceneBoxesAt`),
 * so the sandbox's frames and the preview agree at every moment, and a reversed camera move leaves the
 * subjects going forward.
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
  /**
   * turn about the vertical axis through `at`, radians; positive turns the face that looked toward −z
   * toward +x (clockwise seen from above, as the camera's yaw). Absent: 0.
   */
  yaw?: number;
};

/** A box that moves over the clip at a steady speed: a straight path from `from` to `to`, turning as it goes. */
export type SceneSubject = {
  name: string;
  /** width (x), height (y), depth (z), before turning */
  size: Vec3;
  color: Rgb;
  /** centre of the footprint at the clip's start and end: x, z */
  from: [number, number];
  to: [number, number];
  /** yaw at the start, and how far it turns by the end, radians */
  yaw: number;
  turn: number;
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
  /** boxes that stay where they are */
  boxes: SceneBox[];
  /** boxes that move during the clip; see sceneBoxesAt */
  subjects: SceneSubject[];
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
  // Each moves in its own way, so a still camera's clip holds motion that looks locally like a camera
  // move: sliding sideways (as under a pan), growing (as under a push-in or zoom), and turning in place.
  // They stay a minority of the frame and keep clear of the title board and of each other.
  subjects: [
    {
      // Crosses right to left behind the board, tall enough to show above it even in the narrow 9:16 frame.
      name: "violet tram",
      size: [3, 3.2, 1.4],
      from: [2.2, -15.5],
      to: [-2.2, -15.5],
      yaw: 0,
      turn: 0,
      color: [136, 84, 208],
    },
    {
      // Comes closer on the left of the board, nose first, and grows in the frame.
      name: "lime cart",
      size: [0.9, 0.55, 1.3],
      from: [-2.4, -6.5],
      to: [-1.8, -4.4],
      yaw: -0.28,
      turn: 0,
      color: [172, 214, 46],
    },
    {
      // Turns a quarter of the way round where it stands, in front of and below the board.
      name: "blue turnstile",
      size: [1.4, 0.42, 0.4],
      from: [0, -4.2],
      to: [0, -4.2],
      yaw: -Math.PI / 4,
      turn: Math.PI / 2,
      color: [44, 66, 200],
    },
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

/** Every box in the scene at progress t ∈ [0, 1] of the clip: the still ones, then the subjects. */
export function sceneBoxesAt(t: number): SceneBox[] {
  return [...SCENE.boxes, ...SCENE.subjects.map((subject) => subjectAt(subject, t))];
}

/** Where a subject is at progress t (clamped to [0, 1]). */
export function subjectAt(subject: SceneSubject, t: number): SceneBox {
  const k = Math.min(1, Math.max(0, t));
  const { from, to } = subject;
  return {
    name: subject.name,
    at: [from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k],
    size: subject.size,
    color: subject.color,
    yaw: subject.yaw + subject.turn * k,
  };
}

/**
 * A box's bounds in its own axes, which are the world's turned by its yaw about the vertical axis through
 * `at`: it stands on the ground, centred on `at`. For a box without a yaw these are its world bounds.
 */
export function boxBounds(box: SceneBox): { min: Vec3; max: Vec3 } {
  const [x, z] = box.at;
  const [width, height, depth] = box.size;
  return { min: [x - width / 2, 0, z - depth / 2], max: [x + width / 2, height, z + depth / 2] };
}

/** The box's eight corners in world space; corner c has its own-axes max x if c & 1, max y if c & 2, max z if c & 4. */
export function boxCorners(box: SceneBox): Vec3[] {
  const { min, max } = boxBounds(box);
  const [cx, cz] = box.at;
  const corners: Vec3[] = [];
  for (let c = 0; c < 8; c++) {
    const [x, z] = turnAboutY(box.yaw ?? 0, (c & 1 ? max[0] : min[0]) - cx, (c & 4 ? max[2] : min[2]) - cz);
    corners.push([cx + x, c & 2 ? max[1] : min[1], cz + z]);
  }
  return corners;
}

/** A horizontal offset (x, z) turned by `yaw` about the vertical axis (clockwise seen from above): a box's axes to the world's. */
export function turnAboutY(yaw: number, x: number, z: number): [number, number] {
  const cos = Math.cos(yaw);
  const sin = Math.sin(yaw);
  return [x * cos - z * sin, x * sin + z * cos];
}
