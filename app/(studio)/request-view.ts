/**
 * What the form shows about the request it will send: how the camera move travels, how long the final
 * prompt is, and the body itself. All of it comes from lib/kling/request.ts, the module the worker
 * builds the real body with, so what the form shows is what Kling receives.
 */
import { sweepMoves } from "@/lib/kling/batch.schema";
import type { CameraControl } from "@/lib/kling/camera-control";
import { cameraControlSupport } from "@/lib/kling/capabilities";
import {
  CAMERA_DELIVERY_LABELS,
  type CameraDelivery,
  finalPromptOf,
  type RequestSettings,
  requestPreview,
} from "@/lib/kling/request";
import type { StudioValues } from "./studio-form-schema";

/** How a move travels with these settings, and why it cannot go as camera_control when it does not. */
export function cameraTravel(values: Pick<StudioValues, "model_name" | "mode" | "duration">): {
  delivery: CameraDelivery;
  reason: string | null;
} {
  const support = cameraControlSupport(values);
  return support.ok ? { delivery: "camera_control", reason: null } : { delivery: "prompt", reason: support.detail };
}

/** The moves of the form's sweep, or none while the sweep's size is not a number above 0. */
function formSweepMoves(batch: StudioValues["batch"]): CameraControl[] {
  if (batch.kind !== "sweep" || !Number.isFinite(batch.magnitude) || batch.magnitude <= 0) return [];
  return sweepMoves(batch);
}

/** The settings of each take the form would make: the sweep's moves in the studio's words, else the form's own. */
function takeSettingsOf(values: StudioValues): RequestSettings[] {
  if (values.batch.kind !== "sweep") return [values];
  return formSweepMoves(values.batch).map((camera_intent) => ({
    ...values,
    camera_intent,
    camera_sentence: undefined,
  }));
}

/**
 * The Prompt counter: the creator's characters alone, or, when a camera direction is added to them, the
 * prompt, the direction (with the space or full stop that joins them) and the total, the one the
 * 2500-character limit counts. For a sweep, the take with the longest direction.
 */
export function promptCount(values: StudioValues): { prompt: number; direction: number; total: number } {
  const typed = values.prompt.trim().length;
  const longest = Math.max(typed, ...takeSettingsOf(values).map((settings) => finalPromptOf(settings).length));
  if (longest === typed) return { prompt: values.prompt.length, direction: 0, total: values.prompt.length };
  return { prompt: typed, direction: longest - typed, total: longest };
}

/** "Request sent to Kling": the first take's body, pretty-printed, and what to know about the takes after it. */
export function requestPreviewOf(
  values: StudioValues,
  options: { callbacks: boolean; takes: number },
): {
  json: string;
  note: string | null;
} {
  const [first] = takeSettingsOf(values);
  const body = requestPreview(first ?? { ...values, camera_intent: undefined }, { callbacks: options.callbacks });
  const json = JSON.stringify(body, null, 2);
  const more = options.takes - 1;
  if (values.batch.kind === "sweep" && !first)
    return { json, note: "Pick an axis to sweep: each take then carries its own camera move." };
  // Also while Number of takes is empty (NaN): say nothing rather than something wrong.
  if (!(more >= 1)) return { json, note: null };
  const firstOf = `The first of ${options.takes} takes`;
  if (values.batch.kind !== "sweep") {
    const rest =
      more === 1
        ? "the other one sends the same body with its own"
        : `the other ${more} send the same body, each with its own`;
    return { json, note: `${firstOf}: ${rest} external_task_id.` };
  }
  const travel = CAMERA_DELIVERY_LABELS[cameraTravel(values).delivery];
  const rest =
    more === 1
      ? `the other one carries a camera move of its own (${travel}) and its own`
      : `the other ${more} each carry a camera move of their own (${travel}) and their own`;
  return { json, note: `${firstOf}: ${rest} external_task_id.` };
}
