/**
 * Did the video do what was asked? Compares a measured move with the request's camera_control, and names
 * moves and verdicts in the words the UI shows. Browser-safe: no Node imports.
 *
 * A move that gives the same picture motion by other means counts as partly followed: a truck for a pan
 * (both slide the picture sideways), a pedestal for a tilt, a pan for a turning preset, a zoom in for a
 * preset that pushes forward, a zoom out for one that pulls back, and a preset for any of its parts.
 */
import type { CameraControl } from "@/lib/kling/camera-control";
import { CAMERA_AXES } from "@/lib/kling/fields";
import { CAMERA_CHECK_VERDICT_LABELS, type CameraCheckVerdict, MEASURED_MOVE_LABELS } from "./camera-check";
import { isMeasuredMove, type MeasuredMove } from "./measurement";

/** The verdict vocabulary is the studio's (./camera-check.ts), which every view of a take shows. */
export type Verdict = CameraCheckVerdict;

/** How each verdict and each measured move reads; defined once in ./camera-check.ts for all views. */
export const VERDICT_WORDS: Record<Verdict, string> = CAMERA_CHECK_VERDICT_LABELS;
export { MEASURED_MOVE_LABELS };

/** Below this confidence a measurement is too weak to judge by. */
const MIN_CONFIDENCE = 0.3;

/**
 * Moves that show the same picture motion as a key by other means, or are one of its parts (presets).
 * The relation is symmetric; `related` checks both ways.
 */
const LOOK_ALIKES: Partial<Record<MeasuredMove, MeasuredMove[]>> = {
  "pan+": ["horizontal+"],
  "pan-": ["horizontal-"],
  "tilt+": ["vertical+"],
  "tilt-": ["vertical-"],
  right_turn_forward: ["pan+", "horizontal+", "zoom-"],
  left_turn_forward: ["pan-", "horizontal-", "zoom-"],
  forward_up: ["zoom-", "vertical+", "tilt+"],
  down_back: ["zoom+", "vertical-", "tilt-"],
};

/**
 * The verdict on a measurement against the requested move; null when nothing was requested (the
 * measured move is still worth showing). It fits the camera checker's `judge` as it is: the move may come
 * back from storage as a plain string, and one that is not a known move is unclear.
 */
export function cameraVerdict(
  intent: CameraControl | undefined,
  measured: { move: string; confidence: number },
): Verdict | null {
  if (!intent) return null;
  if (!isMeasuredMove(measured.move) || measured.move === "unclear" || measured.confidence < MIN_CONFIDENCE) {
    return "unclear";
  }
  const wanted = intendedMove(intent);
  if (measured.move === wanted) return "followed";
  return related(measured.move, wanted) ? "partly" : "not_followed";
}

/** The move a camera_control asks for: a simple move's one non-zero axis with its sign, or the preset. */
export function intendedMove(intent: CameraControl): MeasuredMove {
  if (intent.type !== "simple") return intent.type;
  // The schema allows exactly one non-zero axis; should a config carry more, the largest one leads.
  let best: MeasuredMove = "static";
  let size = 0;
  for (const axis of CAMERA_AXES) {
    const value = intent.config[axis] ?? 0;
    if (Math.abs(value) > size) {
      size = Math.abs(value);
      best = `${axis}${value > 0 ? "+" : "-"}`;
    }
  }
  return best;
}

function related(a: MeasuredMove, b: MeasuredMove): boolean {
  return (LOOK_ALIKES[a]?.includes(b) ?? false) || (LOOK_ALIKES[b]?.includes(a) ?? false);
}
