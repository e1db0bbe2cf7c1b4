/**
 * From a take's settings to the body of `POST /v1/videos/text2video`. One function builds it for the
 * form's "Request sent to Kling" disclosure, for the stored take and for the worker's submit, so what
 * Kling receives is what the creator saw.
 *
 * The camera move travels one of two ways: as `camera_control` where the API takes it (kling-v1, std,
 * 5 s), or otherwise as a camera direction in film language at the end of the prompt.
 */
import { describeCameraMove, joinPrompt } from "@/lib/camera/camera-language";
import { type CameraControl, toWireCameraControl } from "./camera-control";
import { cameraControlSupport, MODEL_CAPABILITIES } from "./capabilities";
import type { AspectRatio, Duration, Mode, ModelName, Sound } from "./fields";

export const CAMERA_DELIVERIES = ["camera_control", "prompt"] as const;
export type CameraDelivery = (typeof CAMERA_DELIVERIES)[number];

export const CAMERA_DELIVERY_LABELS: Record<CameraDelivery, string> = {
  camera_control: "sent as camera_control",
  prompt: "written into the prompt",
};

/** The fields a take's settings and a create's body have in common. */
type SharedFields = {
  model_name: ModelName;
  prompt: string;
  negative_prompt?: string;
  cfg_scale: number;
  mode: Mode;
  aspect_ratio: AspectRatio;
  duration: Duration;
  sound?: Sound;
};

/** The settings a request is built from (the shape of TakeParams in ./schema.ts). */
export type RequestSettings = SharedFields & {
  camera_intent?: CameraControl | null;
  /** The creator's own camera direction; absent means the studio's wording of the move. */
  camera_sentence?: string | null;
};

/** The body of a create, before the ids assigned at submit. */
export type Text2VideoBody = SharedFields & {
  camera_control?: CameraControl;
  external_task_id?: string;
  callback_url?: string;
};

/** How the move reaches the model with these settings, or null when there is no move. */
export function cameraDelivery(
  settings: Pick<RequestSettings, "model_name" | "mode" | "duration" | "camera_intent">,
): CameraDelivery | null {
  if (!settings.camera_intent) return null;
  return cameraControlSupport(settings).ok ? "camera_control" : "prompt";
}

/** The camera direction written into the prompt, or null when the move travels as camera_control (or there is none). */
export function cameraSentenceOf(settings: RequestSettings): string | null {
  if (cameraDelivery(settings) !== "prompt") return null;
  if (settings.camera_sentence !== undefined && settings.camera_sentence !== null)
    return settings.camera_sentence.trim();
  return describeCameraMove(settings.camera_intent);
}

/** The prompt Kling receives: the creator's words, then the camera direction when the move travels in words. */
export function finalPromptOf(settings: RequestSettings): string {
  return joinPrompt(settings.prompt, cameraSentenceOf(settings));
}

export function buildText2VideoBody(settings: RequestSettings): Text2VideoBody {
  const sendsControl = settings.camera_intent && cameraDelivery(settings) === "camera_control";
  // Written in the contract's order, so the disclosure reads the same however the settings were built.
  return {
    model_name: settings.model_name,
    prompt: finalPromptOf(settings),
    ...(settings.negative_prompt ? { negative_prompt: settings.negative_prompt } : {}),
    cfg_scale: settings.cfg_scale,
    mode: settings.mode,
    aspect_ratio: settings.aspect_ratio,
    duration: settings.duration,
    // Only models with a sound option hear of it; the others refuse the field.
    ...(MODEL_CAPABILITIES[settings.model_name].sound ? { sound: settings.sound ?? "off" } : {}),
    ...(sendsControl && settings.camera_intent ? { camera_control: toWireCameraControl(settings.camera_intent) } : {}),
  };
}

/** The ids a create gets at submit, added to the stored body. */
export function withSubmitFields(
  body: Text2VideoBody,
  fields: { externalTaskId: string; callbackUrl?: string },
): Text2VideoBody {
  const sent: Text2VideoBody = { ...body, external_task_id: fields.externalTaskId };
  if (fields.callbackUrl) sent.callback_url = fields.callbackUrl;
  return sent;
}

export const EXTERNAL_TASK_ID_PLACEHOLDER = "<assigned at submit: the take's id>";
export const CALLBACK_URL_PLACEHOLDER = "<assigned at submit: this studio's callback URL>";

/** What the form shows: the body with placeholders where submit assigns values. */
export function requestPreview(settings: RequestSettings, options: { callbacks: boolean }): Text2VideoBody {
  return withSubmitFields(buildText2VideoBody(settings), {
    externalTaskId: EXTERNAL_TASK_ID_PLACEHOLDER,
    callbackUrl: options.callbacks ? CALLBACK_URL_PLACEHOLDER : undefined,
  });
}
