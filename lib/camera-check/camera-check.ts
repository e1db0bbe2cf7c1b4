/**
 * What the studio keeps of a measured camera move and shows of it: the verdict words shared by the
 * take card, the take page, compare, the gallery filter and `/api/generations`. Browser-safe.
 */

export const CAMERA_CHECK_VERDICTS = ["followed", "partly", "not_followed", "unclear"] as const;
export type CameraCheckVerdict = (typeof CAMERA_CHECK_VERDICTS)[number];

/** One sample of the measured path: cumulative motion at progress t, in the units of lib/camera/pose.ts. */
export type MeasuredPathPoint = {
  t: number;
  yaw: number;
  pitch: number;
  roll: number;
  zoom: number;
  x: number;
  y: number;
  z: number;
};

/** The stored figures of a measurement (the `camera_check` column). */
export type CameraCheckFigures = {
  figures: Record<string, number>;
  path: MeasuredPathPoint[];
  frames: number;
  fps: number;
  width: number;
  height: number;
  elapsedMs: number;
};

/** The summary `/api/generations` carries: null until measured, and for takes with no intended move. */
export type CameraCheckSummary = { verdict: CameraCheckVerdict; move: string; confidence: number };

/** How a verdict reads on a badge and beside "Camera followed?". */
export const CAMERA_CHECK_VERDICT_LABELS: Record<CameraCheckVerdict, string> = {
  followed: "Followed",
  partly: "Partly followed",
  not_followed: "Not followed",
  unclear: "Unclear",
};

/** The measured moves in words: a simple move's axis and sign, a preset, or neither. */
export const MEASURED_MOVE_LABELS: Record<string, string> = {
  "horizontal+": "truck right",
  "horizontal-": "truck left",
  "vertical+": "pedestal up",
  "vertical-": "pedestal down",
  "pan+": "pan right",
  "pan-": "pan left",
  "tilt+": "tilt up",
  "tilt-": "tilt down",
  "roll+": "roll clockwise",
  "roll-": "roll counter-clockwise",
  "zoom+": "zoom out",
  "zoom-": "zoom in",
  down_back: "down & back",
  forward_up: "forward & up",
  right_turn_forward: "turn right & forward",
  left_turn_forward: "turn left & forward",
  static: "static",
  unclear: "unclear",
};

export function measuredMoveLabel(move: string): string {
  return MEASURED_MOVE_LABELS[move] ?? move;
}
