/**
 * The camera-move model: maps the API's `camera_control` to a virtual camera pose at any moment of the
 * clip. The browser preview and the sandbox renderer both call `cameraPoseAt`, so they agree frame for
 * frame. Browser-safe: no Node imports.
 *
 * World: right-handed, y up, metres. At rest the camera stands at eye height above the ground plane
 * y = 0, looking along −z, level, so the horizon crosses the middle of the frame.
 *
 * | field      | camera does (positive value)                 | viewer sees (+)                 | viewer sees (−)                |
 * | ---------- | -------------------------------------------- | ------------------------------- | ------------------------------ |
 * | horizontal | translates right, +x                         | scene drifts left               | scene drifts right             |
 * | vertical   | translates up, +y                            | scene drifts down               | scene drifts up                |
 * | pan        | turns right (yaw, forward swings toward +x)  | scene drifts left               | scene drifts right             |
 * | tilt       | looks up (pitch)                             | horizon goes down               | horizon goes up                |
 * | roll       | rotates clockwise, as the operator sees it   | image turns counter-clockwise   | image turns clockwise          |
 * | zoom       | shorter focal length, fovY grows             | wider: things look smaller      | tighter: things look bigger    |
 *
 * | preset             | move                                                      |
 * | ------------------ | --------------------------------------------------------- |
 * | down_back          | descends (y −) and pulls back (z +)                       |
 * | forward_up         | pushes forward (z −) and rises (y +)                      |
 * | right_turn_forward | moves forward along an arc while yawing right             |
 * | left_turn_forward  | moves forward along an arc while yawing left              |
 *
 * Every move starts from the rest pose at t = 0 and eases (smoothstep) to its full size at t = 1. The size
 * is linear in the value (|value| = 10 is the full amount below); zoom is linear in log focal length, so
 * equal steps of the value feel like equal steps of zoom.
 */
import type { CameraConfig, CameraControl } from "@/lib/kling/camera-control";
import type { CameraAxis, PresetCameraType } from "@/lib/kling/fields";

export type Vec3 = [number, number, number];

export type CameraPose = {
  position: Vec3;
  /** Radians; positive turns right (toward +x). */
  yaw: number;
  /** Radians; positive looks up. */
  pitch: number;
  /** Radians; positive is clockwise as seen from behind the camera. */
  roll: number;
  /** Vertical field of view, radians. */
  fovY: number;
};

export const EYE_HEIGHT = 1.6;
export const REST_FOV_Y = degrees(50);
/** The API's largest |value|; the amounts in AXIS_FULL_SCALE apply there. */
const AXIS_FULL_VALUE = 10;

/** What each axis does at |value| = 10 by the end of the clip. */
export const AXIS_FULL_SCALE = {
  /** metres along x */
  horizontal: 3,
  /** metres along y; 1.3 keeps the camera 0.3 m above the ground at −10 */
  vertical: 1.3,
  pan: degrees(40),
  tilt: degrees(25),
  roll: degrees(35),
  /** focal-length factor: +10 halves the focal length (wider), −10 doubles it (tighter) */
  zoom: 2,
} as const satisfies Record<CameraAxis, number>;

type PresetMove = {
  /** metres up (negative: down) */
  rise: number;
  /** metres travelled along the heading (negative: backwards) */
  travel: number;
  /** radians turned while travelling; positive turns right */
  turn: number;
};

const PRESET_MOVES = {
  down_back: { rise: -0.9, travel: -3.5, turn: 0 },
  forward_up: { rise: 1.4, travel: 3, turn: 0 },
  right_turn_forward: { rise: 0, travel: 3, turn: degrees(40) },
  left_turn_forward: { rise: 0, travel: 3, turn: degrees(-40) },
} as const satisfies Record<PresetCameraType, PresetMove>;

/** Where every move starts: a fresh object, so callers may mutate it. */
export function restPose(): CameraPose {
  return { position: [0, EYE_HEIGHT, 0], yaw: 0, pitch: 0, roll: 0, fovY: REST_FOV_Y };
}

/** The camera at progress t ∈ [0, 1] through the clip (clamped). `undefined` means a static camera. */
export function cameraPoseAt(move: CameraControl | undefined, t: number): CameraPose {
  const e = smoothstep(t);
  const pose = restPose();
  if (!move || e === 0) return pose;
  if (move.type === "simple") {
    const c = move.config;
    const k = e / AXIS_FULL_VALUE;
    pose.position[0] += (c.horizontal ?? 0) * k * AXIS_FULL_SCALE.horizontal;
    pose.position[1] += (c.vertical ?? 0) * k * AXIS_FULL_SCALE.vertical;
    pose.yaw = (c.pan ?? 0) * k * AXIS_FULL_SCALE.pan;
    pose.pitch = (c.tilt ?? 0) * k * AXIS_FULL_SCALE.tilt;
    pose.roll = (c.roll ?? 0) * k * AXIS_FULL_SCALE.roll;
    const zoom = (c.zoom ?? 0) * k;
    // Halving the focal length doubles tan(fov/2).
    if (zoom !== 0) pose.fovY = 2 * Math.atan(Math.tan(REST_FOV_Y / 2) * AXIS_FULL_SCALE.zoom ** zoom);
    return pose;
  }
  applyPreset(pose, PRESET_MOVES[move.type], e);
  return pose;
}

/** A one-axis simple move, e.g. `simpleMove("pan", 5)`. */
export function simpleMove(axis: CameraAxis, value: number): CameraControl {
  const config: CameraConfig = {};
  config[axis] = value;
  return { type: "simple", config };
}

/** Cubic ease in and out over [0, 1]; the clip starts and ends at rest velocity. */
function smoothstep(t: number): number {
  const x = t <= 0 ? 0 : Math.min(t, 1);
  return x * x * (3 - 2 * x);
}

function degrees(value: number): number {
  return (value * Math.PI) / 180;
}

/**
 * Turning presets follow a circular arc (constant turn rate over the distance travelled), so the camera
 * always moves the way it faces instead of sliding sideways.
 */
function applyPreset(pose: CameraPose, preset: PresetMove, e: number) {
  const heading = preset.turn * e;
  pose.position[1] += preset.rise * e;
  pose.yaw = heading;
  if (preset.turn === 0) {
    pose.position[2] -= preset.travel * e;
    return;
  }
  const radius = preset.travel / preset.turn;
  pose.position[0] += radius * (1 - Math.cos(heading));
  pose.position[2] -= radius * Math.sin(heading);
}
