/**
 * Camera moves in film language. Only kling-v1 (std, 5 s) takes the structured `camera_control`; every
 * other model hears the move as a sentence at the end of its prompt ("The camera pans slowly to the
 * right."). `describeCameraMove` writes that sentence from the move the creator set, and
 * `readCameraSentence` reads a move back out of a prompt, which is how the built-in sandbox stands in
 * for a model that follows camera language. Browser-safe.
 *
 * The value of a simple move sets the wording: |value| up to 3 is gentle ("slowly"), up to 7 steady
 * ("steadily"), above that strong ("quickly"). Presets become compound moves. Directions follow the
 * table in ./pose.ts: positive horizontal trucks right, vertical rises, pan turns right, tilt looks up,
 * roll turns clockwise as the operator sees it, and zoom widens (zooms out).
 */

import type { CameraControl } from "@/lib/kling/camera-control";
import type { CameraAxis, PresetCameraType } from "@/lib/kling/fields";
import { activeAxisOf } from "./axes";

export type MoveBand = "gentle" | "steady" | "strong";

const BAND_ADVERBS: Record<MoveBand, string> = { gentle: "slowly", steady: "steadily", strong: "quickly" };

/** The value a band stands for when a sentence is read back: the middle of the band. */
export const BAND_VALUES: Record<MoveBand, number> = { gentle: 2, steady: 5.5, strong: 9 };

type AxisWords = { positive: (adverb: string) => string; negative: (adverb: string) => string };

const AXIS_SENTENCES: Record<CameraAxis, AxisWords> = {
  horizontal: {
    positive: (adverb) => `The camera trucks ${adverb} to the right, sliding sideways.`,
    negative: (adverb) => `The camera trucks ${adverb} to the left, sliding sideways.`,
  },
  vertical: {
    positive: (adverb) => `The camera rises ${adverb} on a pedestal, moving straight up.`,
    negative: (adverb) => `The camera lowers ${adverb} on a pedestal, moving straight down.`,
  },
  pan: {
    positive: (adverb) => `The camera pans ${adverb} to the right.`,
    negative: (adverb) => `The camera pans ${adverb} to the left.`,
  },
  tilt: {
    positive: (adverb) => `The camera tilts ${adverb} up.`,
    negative: (adverb) => `The camera tilts ${adverb} down.`,
  },
  roll: {
    positive: (adverb) => `The camera rolls ${adverb} clockwise.`,
    negative: (adverb) => `The camera rolls ${adverb} counter-clockwise.`,
  },
  zoom: {
    positive: (adverb) => `The camera zooms out ${adverb}, widening the view.`,
    negative: (adverb) => `The camera zooms in ${adverb}, tightening the view.`,
  },
};

const PRESET_SENTENCES: Record<PresetCameraType, string> = {
  down_back: "The camera pulls back while descending, dollying out and craning down.",
  forward_up: "The camera pushes forward while rising, dollying in and craning up.",
  right_turn_forward: "The camera moves forward while turning to the right, in a curving dolly.",
  left_turn_forward: "The camera moves forward while turning to the left, in a curving dolly.",
};

/** How strong a simple move's value reads: 1–3 gentle, 4–7 steady, 8–10 strong (fractions round to the nearer). */
export function bandOf(value: number): MoveBand {
  const size = Math.abs(value);
  if (size < 3.5) return "gentle";
  if (size < 7.5) return "steady";
  return "strong";
}

/** The camera direction for a move, or null when there is none (no move, or a simple move at 0). */
export function describeCameraMove(move: CameraControl | undefined | null): string | null {
  if (!move) return null;
  if (move.type !== "simple") return PRESET_SENTENCES[move.type];
  const axis = activeAxisOf(move)?.axis;
  if (!axis) return null;
  const value = move.config[axis] ?? 0;
  const words = AXIS_SENTENCES[axis];
  const adverb = BAND_ADVERBS[bandOf(value)];
  return value > 0 ? words.positive(adverb) : words.negative(adverb);
}

/** The one non-zero axis of a simple move. */
/**
 * The prompt a model without camera_control receives: the creator's words, then the camera direction.
 * A sentence mark is added between them when the prompt does not end with one.
 */
export function joinPrompt(prompt: string, sentence: string | null | undefined): string {
  const words = prompt.trim();
  const direction = sentence?.trim();
  if (!direction) return words;
  if (!words) return direction;
  return /[.!?…]["')\]]?$/.test(words) ? `${words} ${direction}` : `${words}. ${direction}`;
}

/**
 * The camera move a prompt asks for in words, as the sandbox reads it: the last sentence that speaks of
 * the camera and names a move. Lenient about wording ("dolly in", "tracks left", "cranes up"), so a
 * creator's own edit of the direction still reads. Undefined when no sentence names a move.
 */
export function readCameraSentence(prompt: string): CameraControl | undefined {
  const sentences = prompt
    .toLowerCase()
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => /\bcamera\b|\bdolly|\bpans?\b|\bzooms?\b|\btilts?\b|\btrucks?\b/.test(sentence));
  for (let index = sentences.length - 1; index >= 0; index--) {
    const move = moveInSentence(sentences[index]);
    if (move) return move;
  }
  return undefined;
}

function moveInSentence(sentence: string): CameraControl | undefined {
  const has = (pattern: RegExp) => pattern.test(sentence);
  const forward = has(/\b(forward|push(es)? in|dolly(ing)? in|dollies in|moves? in)\b/);
  const back = has(/\b(pulls? back|backwards?|dolly(ing)? out|dollies out|moves? back|pull(s|ing)? out)\b/);
  const right = has(/\bright\b/);
  const left = has(/\bleft\b/);
  const turning = has(/\bturn(s|ing)?\b|\bcurv/);
  const rising = has(/\b(ris(es|ing)|crane?s? up|craning up|ascend(s|ing)?)\b/);
  const descending = has(/\b(descend(s|ing)?|lower(s|ing)?|crane?s? down|craning down|sink(s|ing)?)\b/);

  if (forward && turning && right) return { type: "right_turn_forward" };
  if (forward && turning && left) return { type: "left_turn_forward" };
  if (forward && rising) return { type: "forward_up" };
  if (back && descending) return { type: "down_back" };

  const size = BAND_VALUES[bandIn(sentence)];
  const axisMove = (axis: CameraAxis, sign: 1 | -1): CameraControl => ({
    type: "simple",
    config: { [axis]: sign * size },
  });
  if (has(/\bzoom(s|ing)? in\b/)) return axisMove("zoom", -1);
  if (has(/\bzoom(s|ing)? out\b/)) return axisMove("zoom", 1);
  if (has(/\broll(s|ing)?\b/)) {
    if (has(/counter-?clockwise|anti-?clockwise/)) return axisMove("roll", -1);
    if (has(/clockwise/)) return axisMove("roll", 1);
  }
  if (has(/\btilt(s|ing)?\b/)) {
    if (has(/\bup(ward)?s?\b/)) return axisMove("tilt", 1);
    if (has(/\bdown(ward)?s?\b/)) return axisMove("tilt", -1);
  }
  if (has(/\bpan(s|ning)?\b/)) {
    if (right) return axisMove("pan", 1);
    if (left) return axisMove("pan", -1);
  }
  if (has(/\b(truck(s|ing)?|track(s|ing)?|slid(es|ing)|sideways|crab(s|bing)?)\b/)) {
    if (right) return axisMove("horizontal", 1);
    if (left) return axisMove("horizontal", -1);
  }
  if (has(/\bpedestal|straight up|straight down\b/) || rising || descending) {
    if (rising || has(/\bup\b/)) return axisMove("vertical", 1);
    if (descending || has(/\bdown\b/)) return axisMove("vertical", -1);
  }
  if (forward) return axisMove("zoom", -1);
  if (back) return axisMove("zoom", 1);
  return undefined;
}

function bandIn(sentence: string): MoveBand {
  if (/\b(quick(ly)?|fast|swift(ly)?|strong(ly)?|rapid(ly)?|whips?)\b/.test(sentence)) return "strong";
  if (/\b(slow(ly)?|gentl[ey]|subtl[ey]|slight(ly)?)\b/.test(sentence)) return "gentle";
  return "steady";
}
