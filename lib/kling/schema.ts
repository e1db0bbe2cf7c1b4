/**
 * Two zod schemas, one per side of the studio:
 *
 * - `takeParamsSchema`: a take's settings as a creator chooses them, shared by the studio form and
 *   the server actions. The camera move is the intent (`camera_intent`), whatever the model; the camera
 *   direction (`camera_sentence`) is its own field, never mixed into the creator's prompt.
 * - `text2VideoRequestSchema`: the body of `POST /v1/videos/text2video` on the wire, as the sandbox
 *   validates it. Field names and JSON types are the Kling API's.
 *
 * Both apply the model catalogue's rules (./capabilities.ts) with the API's own words.
 */
import { z } from "zod";
import { cameraControlSchema } from "./camera-control";
import { cameraControlSupport, settingRefusal, soundRefusal } from "./capabilities";
import {
  ASPECT_RATIOS,
  DURATIONS,
  type Duration,
  MODEL_NAMES,
  MODES,
  type Mode,
  type ModelName,
  PROMPT_MAX,
  SOUNDS,
  type Sound,
} from "./fields";
import { cameraDelivery, cameraSentenceOf, finalPromptOf } from "./request";

/** The longest camera direction a creator may write. */
const CAMERA_SENTENCE_MAX = 500;

/** A NUL cannot be stored in a Postgres text column (nor typed in the form): refused, not stripped. */
function hasNoNul(value: string): boolean {
  return !value.includes("\u0000");
}

const shared = {
  model_name: z.enum(MODEL_NAMES, { error: `Model must be one of ${MODEL_NAMES.join(", ")}` }),
  negative_prompt: z
    .string()
    .max(PROMPT_MAX, `Keep the negative prompt under ${PROMPT_MAX} characters`)
    .refine(hasNoNul, "Remove the NUL character from the negative prompt")
    .optional(),
  cfg_scale: z
    .number({ error: "CFG scale must be a number between 0 and 1" })
    .min(0, "CFG scale must be between 0 and 1")
    .max(1, "CFG scale must be between 0 and 1"),
  mode: z.enum(MODES, { error: "Mode must be std or pro" }),
  aspect_ratio: z.enum(ASPECT_RATIOS, { error: `Aspect ratio must be one of ${ASPECT_RATIOS.join(", ")}` }),
  duration: z.enum(DURATIONS, { error: `Duration must be a whole number of seconds as a string, "3" to "15"` }),
  sound: z.enum(SOUNDS, { error: 'Sound must be "on" or "off"' }),
};

const promptSchema = z
  .string({ error: "Prompt is required" })
  .trim()
  .min(1, "Describe the video you want")
  .max(PROMPT_MAX, `Keep the prompt under ${PROMPT_MAX} characters`)
  .refine(hasNoNul, "Remove the NUL character from the prompt");

type CapabilityInput = { model_name: ModelName; mode: Mode; duration: Duration; sound?: Sound };

/** The catalogue's rules every request follows: the model's modes, durations and sound. */
function refineModel(value: CapabilityInput, ctx: z.RefinementCtx) {
  const mode = settingRefusal({ model_name: value.model_name, mode: value.mode });
  if (mode) ctx.addIssue({ code: "custom", path: ["mode"], message: mode });
  const duration = settingRefusal({ model_name: value.model_name, duration: value.duration });
  if (duration) ctx.addIssue({ code: "custom", path: ["duration"], message: duration });
  if (value.sound === "on") {
    const sound = soundRefusal(value);
    if (sound) ctx.addIssue({ code: "custom", path: ["sound"], message: sound });
  }
}

/** A take's settings, as the form and the server actions see them. */
export const takeParamsSchema = z
  .object({
    ...shared,
    prompt: promptSchema,
    sound: shared.sound.default("off"),
    /** The move the creator asked for, whatever way it then travels to the model. */
    camera_intent: cameraControlSchema.optional(),
    /** The creator's own camera direction; absent: the studio's wording of the move (lib/camera/camera-language.ts). */
    camera_sentence: z
      .string()
      .trim()
      .max(CAMERA_SENTENCE_MAX, `Keep the camera direction under ${CAMERA_SENTENCE_MAX} characters`)
      .refine(hasNoNul, "Remove the NUL character from the camera direction")
      .optional(),
  })
  .superRefine((value, ctx) => {
    refineModel(value, ctx);
    if (cameraDelivery(value) !== "prompt") return;
    if (!cameraSentenceOf(value)) {
      ctx.addIssue({
        code: "custom",
        path: ["camera_sentence"],
        message: "Write the camera direction, or set the camera movement to None",
      });
      return;
    }
    const length = finalPromptOf(value).length;
    if (length > PROMPT_MAX) {
      ctx.addIssue({
        code: "custom",
        path: ["prompt"],
        message: `With the camera direction the prompt is ${length} characters; keep both under ${PROMPT_MAX} together`,
      });
    }
  });
export type TakeParams = z.infer<typeof takeParamsSchema>;
export type TakeParamsInput = z.input<typeof takeParamsSchema>;

/** The body of `POST /v1/videos/text2video`, with the API's defaults for omitted fields. */
export const text2VideoRequestSchema = z
  .object({
    ...shared,
    prompt: promptSchema,
    model_name: shared.model_name.default("kling-v1"),
    cfg_scale: shared.cfg_scale.default(0.5),
    mode: shared.mode.default("std"),
    aspect_ratio: shared.aspect_ratio.default("16:9"),
    duration: shared.duration.default("5"),
    sound: shared.sound.optional(),
    camera_control: cameraControlSchema.optional(),
    callback_url: z.url({ error: "callback_url must be an http(s) URL" }).optional(),
    external_task_id: z.string().min(1).max(128).optional(),
  })
  .superRefine((value, ctx) => {
    refineModel(value, ctx);
    if (value.camera_control) {
      const support = cameraControlSupport(value);
      if (!support.ok) ctx.addIssue({ code: "custom", path: ["camera_control"], message: support.reason });
    }
  });

export const DEFAULT_PARAMS: TakeParams = {
  model_name: "kling-v1",
  prompt: "",
  negative_prompt: "",
  cfg_scale: 0.5,
  mode: "std",
  aspect_ratio: "16:9",
  duration: "5",
  sound: "off",
};
