/**
 * From a clip's summed motion to one MeasuredMove. The depth-independent fit's totals say how the picture
 * moved (sideways, up or down, turning, growing or shrinking); the parallax gains say whether that came
 * from turning the camera or from moving it. Presets are recognised by their pairs of image motions:
 * turning while pushing in (yaw and zoom in), rising while pushing in (pitch up and zoom in), sinking while
 * pulling back (pitch down and zoom out).
 */

import type { RotationStep } from "./flow-model";
import type { MeasuredMove } from "./measurement";
import type { AxisParallax, GainAxis } from "./parallax";

export type ClipEvidence = {
  /** the robust fits summed over the clip */
  total: RotationStep;
  /** the same per pair, in order: for checking that the motion kept one direction */
  steps: RotationStep[];
  parallax: Record<GainAxis, AxisParallax | undefined>;
  /** mean distance of the frame's points from its centre, normalized units: turns roll and zoom into image motion */
  meanRadius: number;
  /** mean share of the blocks' weight the robust fits kept */
  inlierShare: number;
  /** mean number of textured blocks per pair */
  blocksPerPair: number;
  /** share of the pairs that could not be measured (cuts, flashes, featureless frames) */
  lostShare: number;
};

export type Classification = {
  move: MeasuredMove;
  confidence: number;
  /** image motion per axis over the clip, radians at a typical point */
  motion: Record<keyof RotationStep, number>;
};

/** Below this much image motion (radians, ~1.1°) over the whole clip the camera counts as static. */
export const STATIC_MOTION = 0.02;
/** Gain spreads above these mean translation rather than rotation (see ./parallax.ts). */
const PARALLAX_THRESHOLD: Record<GainAxis, number> = { yaw: 0.25, pitch: 0.3, zoom: 0.55 };
/** A second image motion at least this share of the first makes a preset's pair. */
const PAIR_SHARE = 0.18;
/** Two unrelated motions closer than this share are not one move. */
const MIXED_SHARE = 0.6;

const AXES = ["yaw", "pitch", "roll", "zoom"] as const;
type Axis = (typeof AXES)[number];

export function classifyClip(evidence: ClipEvidence): Classification {
  const { total, meanRadius } = evidence;
  const motion: Record<Axis, number> = {
    yaw: Math.abs(total.yaw),
    pitch: Math.abs(total.pitch),
    roll: Math.abs(total.roll) * imageScale("roll", meanRadius),
    zoom: Math.abs(total.zoom) * imageScale("zoom", meanRadius),
  };
  const ranked = [...AXES].sort((a, b) => motion[b] - motion[a]);
  const [first, second, third] = ranked;
  const largest = motion[first];
  const quality =
    clamp01(evidence.inlierShare / 0.5) * clamp01(evidence.blocksPerPair / 16) * clamp01(1 - evidence.lostShare);
  if (evidence.blocksPerPair < 4) return { move: "unclear", confidence: 0, motion };
  if (largest < STATIC_MOTION) {
    if (wandered(evidence)) return { move: "unclear", confidence: 0.3 * quality, motion };
    return { move: "static", confidence: round2((1 - (0.5 * largest) / STATIC_MOTION) * quality), motion };
  }
  // Weak moves are less certain; from three times the static threshold on, size is no longer a doubt.
  // A translation moved near things further than the robust fit (which follows the far ones) shows.
  const size = clamp01((largest * reach(first, evidence.parallax) - STATIC_MOTION) / (2 * STATIC_MOTION));
  const preset = presetOf(total, [first, second]);
  if (preset && motion[second] >= PAIR_SHARE * largest && motion[second] >= 1.5 * STATIC_MOTION) {
    const rest = motion[third] / largest;
    const pairing = clamp01(motion[second] / largest / (PAIR_SHARE * 1.6));
    const confidence = size * quality * (0.55 + 0.45 * pairing) * (1 - 0.5 * clamp01(rest / MIXED_SHARE));
    return { move: preset, confidence: round2(confidence), motion };
  }
  const share = motion[second] / largest;
  if (share > MIXED_SHARE || wandered(evidence)) return { move: "unclear", confidence: round2(0.3 * quality), motion };
  const dominance = 1 - 0.5 * (share / MIXED_SHARE);
  const { move, decision } = simpleMoveOf({ axis: first, total, parallax: evidence.parallax });
  return { move, confidence: round2(size * quality * dominance * decision), motion };
}

/** How much further than the fitted motion the nearest things went: 1 plus the parallax beyond the threshold. */
function reach(axis: Axis, parallax: Record<GainAxis, AxisParallax | undefined>): number {
  if (axis === "roll") return 1;
  const spread = parallax[axis]?.spread;
  return spread === undefined ? 1 : 1 + Math.max(0, spread - PARALLAX_THRESHOLD[axis]);
}

/** The preset whose pair of image motions this is, if any. */
function presetOf(total: RotationStep, pair: [Axis, Axis]): MeasuredMove | undefined {
  const axes = new Set(pair);
  if (axes.has("yaw") && axes.has("zoom") && total.zoom < 0) {
    return total.yaw > 0 ? "right_turn_forward" : "left_turn_forward";
  }
  if (axes.has("pitch") && axes.has("zoom")) {
    if (total.pitch > 0 && total.zoom < 0) return "forward_up";
    if (total.pitch < 0 && total.zoom > 0) return "down_back";
  }
  return undefined;
}

/**
 * A one-axis move: the axis with the most image motion, turned into a translation when its parallax
 * says so. `decision` is how clear the rotation-or-translation call was (1 for roll, which has none).
 */
function simpleMoveOf(input: {
  axis: Axis;
  total: RotationStep;
  parallax: Record<GainAxis, AxisParallax | undefined>;
}): {
  move: MeasuredMove;
  decision: number;
} {
  const { axis, total, parallax } = input;
  const sign = total[axis] > 0 ? "+" : "-";
  if (axis === "roll") return { move: `roll${sign}`, decision: 1 };
  const evidence = parallax[axis];
  const threshold = PARALLAX_THRESHOLD[axis];
  // Without enough textured cells the call cannot be made; a rotation is the simpler reading.
  const spread = evidence?.spread ?? 0;
  const decision = evidence ? 0.6 + 0.4 * clamp01(Math.abs(Math.log(spread / threshold)) / Math.log(2.5)) : 0.6;
  const translating = spread > threshold;
  if (axis === "yaw") return { move: translating ? `horizontal${sign}` : `pan${sign}`, decision };
  if (axis === "pitch") return { move: translating ? `vertical${sign}` : `tilt${sign}`, decision };
  // Radial motion with parallax is the camera travelling: the nearest preset that does so.
  if (translating) return { move: total.zoom < 0 ? "forward_up" : "down_back", decision: decision * 0.7 };
  return { move: `zoom${sign}`, decision };
}

/**
 * Whether the camera went somewhere and came back (or shook): the path strays much further than where it
 * ends. Such a clip has no single move.
 */
function wandered(evidence: ClipEvidence): boolean {
  for (const axis of AXES) {
    const scale = imageScale(axis, evidence.meanRadius);
    let sum = 0;
    let furthest = 0;
    for (const step of evidence.steps) {
      sum += step[axis];
      furthest = Math.max(furthest, Math.abs(sum));
    }
    const end = Math.abs(sum);
    if (furthest * scale > 3 * STATIC_MOTION && furthest > 2 * end) return true;
  }
  return false;
}

/** Image motion per unit of an axis: radians for turns, the mean radius for roll, ln 2 of it for zoom. */
function imageScale(axis: Axis, meanRadius: number): number {
  if (axis === "roll") return meanRadius;
  return axis === "zoom" ? Math.LN2 * meanRadius : 1;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round2(value: number): number {
  return Math.round(clamp01(value) * 100) / 100;
}
