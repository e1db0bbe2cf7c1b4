/**
 * The text-to-video request, as one set of zod schemas shared by the studio form, the server action
 * and the sandbox's validation. Field names and JSON types are the wire format of the Kling API.
 */
import { z } from "zod";
import { cameraControlSupport, modelSupports } from "./capabilities";

export const MODEL_NAMES = [
  "kling-v1",
  "kling-v1-6",
  "kling-v2-master",
  "kling-v2-1-master",
  "kling-v2-5-turbo",
  "kling-v2-6",
] as const;
export const MODES = ["std", "pro"] as const;
export const ASPECT_RATIOS = ["16:9", "9:16", "1:1"] as const;
export const DURATIONS = ["5", "10"] as const;
export const CAMERA_AXES = ["horizontal", "vertical", "pan", "tilt", "roll", "zoom"] as const;
export const PRESET_CAMERA_TYPES = [
  "down_back",
  "forward_up",
  "right_turn_forward",
  "left_turn_forward",
] as const;
export const CAMERA_TYPES = ["simple", ...PRESET_CAMERA_TYPES] as const;

export const PROMPT_MAX = 2500;
export const AXIS_MIN = -10;
export const AXIS_MAX = 10;

export type ModelName = (typeof MODEL_NAMES)[number];
export type Mode = (typeof MODES)[number];
export type AspectRatio = (typeof ASPECT_RATIOS)[number];
export type Duration = (typeof DURATIONS)[number];
export type CameraAxis = (typeof CAMERA_AXES)[number];
export type PresetCameraType = (typeof PRESET_CAMERA_TYPES)[number];
export type CameraType = (typeof CAMERA_TYPES)[number];

const axisValue = z
  .number({ error: "Must be a number between -10 and 10" })
  .min(AXIS_MIN, "Must be at least -10")
  .max(AXIS_MAX, "Must be at most 10");

export const cameraConfigSchema = z.object({
  horizontal: axisValue.optional(),
  vertical: axisValue.optional(),
  pan: axisValue.optional(),
  tilt: axisValue.optional(),
  roll: axisValue.optional(),
  zoom: axisValue.optional(),
});
export type CameraConfig = z.infer<typeof cameraConfigSchema>;

const simpleCameraSchema = z.object({
  type: z.literal("simple"),
  config: cameraConfigSchema.superRefine((config, ctx) => {
    const nonZero = CAMERA_AXES.filter((axis) => (config[axis] ?? 0) !== 0);
    if (nonZero.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          nonZero.length === 0
            ? "A simple camera move needs exactly one non-zero axis"
            : `A simple camera move takes exactly one non-zero axis (got ${nonZero.join(", ")})`,
      });
    }
  }),
});

const presetCameraSchema = z.object({
  type: z.enum(PRESET_CAMERA_TYPES),
  config: z.undefined({ error: "A preset camera move takes no config" }).optional(),
});

export const cameraControlSchema = z.discriminatedUnion("type", [simpleCameraSchema, presetCameraSchema], {
  error: `Camera type must be one of ${CAMERA_TYPES.join(", ")}`,
});
export type CameraControl = z.infer<typeof cameraControlSchema>;

/** A NUL cannot be stored in a Postgres text column (nor typed in the form): refused, not stripped. */
function hasNoNul(value: string): boolean {
  return !value.includes("\u0000");
}

/** The parameters a creator chooses; everything is explicit (the form fills in the defaults). */
const paramsShape = {
  model_name: z.enum(MODEL_NAMES, { error: `Model must be one of ${MODEL_NAMES.join(", ")}` }),
  prompt: z
    .string({ error: "Prompt is required" })
    .trim()
    .min(1, "Describe the video you want")
    .max(PROMPT_MAX, `Keep the prompt under ${PROMPT_MAX} characters`)
    .refine(hasNoNul, "Remove the NUL character from the prompt"),
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
  duration: z.enum(DURATIONS, { error: 'Duration must be the string "5" or "10"' }),
  camera_control: cameraControlSchema.optional(),
};

type CapabilityInput = {
  model_name: ModelName;
  mode: Mode;
  duration: Duration;
  camera_control?: CameraControl;
};

/** The API's cross-field rules: model capabilities and where camera control is accepted. */
function refineCapabilities(value: CapabilityInput, ctx: z.RefinementCtx) {
  const model = modelSupports(value.model_name);
  if (!model.modes.includes(value.mode)) {
    ctx.addIssue({ code: "custom", path: ["mode"], message: `${value.model_name} has no ${value.mode} mode` });
  }
  if (!model.durations.includes(value.duration)) {
    ctx.addIssue({
      code: "custom",
      path: ["duration"],
      message: `${value.model_name} cannot make ${value.duration} s clips`,
    });
  }
  if (value.camera_control) {
    const support = cameraControlSupport(value);
    if (!support.ok) ctx.addIssue({ code: "custom", path: ["camera_control"], message: support.reason });
  }
}

export const generationParamsSchema = z.object(paramsShape).superRefine(refineCapabilities);
export type GenerationParams = z.infer<typeof generationParamsSchema>;
export type GenerationParamsInput = z.input<typeof generationParamsSchema>;

/** The body of `POST /v1/videos/text2video`, with the API's defaults for omitted fields. */
export const text2VideoRequestSchema = z
  .object({
    ...paramsShape,
    model_name: paramsShape.model_name.default("kling-v1"),
    cfg_scale: paramsShape.cfg_scale.default(0.5),
    mode: paramsShape.mode.default("std"),
    aspect_ratio: paramsShape.aspect_ratio.default("16:9"),
    duration: paramsShape.duration.default("5"),
    callback_url: z.url({ error: "callback_url must be an http(s) URL" }).optional(),
    external_task_id: z.string().min(1).max(128).optional(),
  })
  .superRefine(refineCapabilities);
export type Text2VideoRequest = z.infer<typeof text2VideoRequestSchema>;

export const DEFAULT_PARAMS: GenerationParams = {
  model_name: "kling-v1",
  prompt: "",
  negative_prompt: "",
  cfg_scale: 0.5,
  mode: "std",
  aspect_ratio: "16:9",
  duration: "5",
};

/** The wire body for a set of parameters: camera control only when chosen, duration as a string. */
export function toText2VideoBody(
  params: GenerationParams,
  extra: { externalTaskId?: string; callbackUrl?: string } = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model_name: params.model_name,
    prompt: params.prompt,
    cfg_scale: params.cfg_scale,
    mode: params.mode,
    aspect_ratio: params.aspect_ratio,
    duration: String(params.duration),
  };
  if (params.negative_prompt) body.negative_prompt = params.negative_prompt;
  if (params.camera_control) {
    body.camera_control =
      params.camera_control.type === "simple"
        ? { type: "simple", config: completeConfig(params.camera_control.config) }
        : { type: params.camera_control.type };
  }
  if (extra.externalTaskId) body.external_task_id = extra.externalTaskId;
  if (extra.callbackUrl) body.callback_url = extra.callbackUrl;
  return body;
}

/** All six axes, zero where absent. */
export function completeConfig(config: CameraConfig | undefined): Record<CameraAxis, number> {
  return {
    horizontal: config?.horizontal ?? 0,
    vertical: config?.vertical ?? 0,
    pan: config?.pan ?? 0,
    tilt: config?.tilt ?? 0,
    roll: config?.roll ?? 0,
    zoom: config?.zoom ?? 0,
  };
}
