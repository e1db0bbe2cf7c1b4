/**
 * What measuring a clip's camera move returns: the types the server fills in and the UI draws.
 * Browser-safe: no Node imports.
 */
import { CAMERA_AXES, type CameraAxis, PRESET_CAMERA_TYPES, type PresetCameraType } from "@/lib/kling/fields";
import type { MeasuredPathPoint } from "./camera-check";

/** One simple move with its sign, e.g. `pan+` (turns right) or `zoom-` (tighter); signs are the API's. */
type SimpleMove = `${CameraAxis}${"+" | "-"}`;

/** The one move a clip is classified as. */
export type MeasuredMove = SimpleMove | PresetCameraType | "static" | "unclear";

const SIMPLE_MOVES: readonly SimpleMove[] = CAMERA_AXES.flatMap((axis) => [
  `${axis}+` satisfies SimpleMove,
  `${axis}-` satisfies SimpleMove,
]);

export const MEASURED_MOVES: readonly MeasuredMove[] = [...SIMPLE_MOVES, ...PRESET_CAMERA_TYPES, "static", "unclear"];

/** For a move read back from storage as a plain string. */
export function isMeasuredMove(value: string): value is MeasuredMove {
  return MEASURED_MOVES.some((move) => move === value);
}

/**
 * The camera's cumulative motion at one moment (t: normalized time through the clip, 0..1), in the world
 * of lib/camera/pose.ts, relative to where the clip started, so a UI can draw it over the planned path
 * (`cameraPoseAt`; ./camera-check.ts stores it as MeasuredPathPoint):
 * - yaw, pitch, roll: radians, signed like CameraPose (positive turns right, looks up, rolls clockwise);
 * - zoom: log2 of how much wider the view got, log2(focal at start / focal now); +1 is the pose model's
 *   zoom +10 (fovY = 2·atan(tan(REST_FOV_Y / 2) · 2^zoom)), −1 its zoom −10;
 * - x, y, z: position offset in metres along the world axes (x right, y up, z backwards: the camera
 *   looks along −z), as if the scene lay about 7 m away, as the sandbox's does. Video alone cannot tell
 *   scale, so these are estimates on the pose model's scale (horizontal +10 ≈ 3 m), not measurements.
 *   They are non-zero only when the move was classified as a translation (truck, pedestal or a preset).
 */
export type PathSample = MeasuredPathPoint;

export type CameraMeasurement = {
  move: MeasuredMove;
  /** how sure the classification is, 0..1 */
  confidence: number;
  /**
   * Whole-clip totals in readable units: yawDeg, pitchDeg, rollDeg (degrees, signed as above); zoomFactor
   * (focal length at the end / at the start: below 1 is wider); translation estimates xM, yM, zM (metres,
   * as in the path); parallax evidence parallaxX, parallaxY, parallaxZ (spread of per-region motion
   * against the global fit: about 0 for a pure rotation or zoom, large for a translation; present only for
   * axes the picture moved along); motion (the largest image motion of any axis, radians); inlierShare
   * (0..1) and blocksPerPair (texture found); durationSec, sampleFps and framesAnalysed (the clip is read
   * at a fixed rate, below the source's).
   */
  figures: Record<string, number>;
  /** cumulative motion over normalized time, at most 48 samples, starting at t = 0 */
  path: PathSample[];
  /** the source's frame count (its duration times its frame rate); figures.framesAnalysed says how many were read */
  frames: number;
  /** the source's frame rate */
  fps: number;
  /** the source's frame size */
  width: number;
  height: number;
  /** wall-clock time the measurement took, ms */
  elapsedMs: number;
};

export const MAX_PATH_SAMPLES = 48;

/**
 * The scene depth assumed when turning image motion into metres: the sandbox's scene sits mostly 4–10 m
 * from the camera, and a real clip's scale cannot be known from its pixels.
 */
export const ASSUMED_DEPTH_M = 7;
