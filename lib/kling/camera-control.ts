/**
 * The API's `camera_control` object as a zod schema: a simple move of exactly one non-zero axis, or one
 * of four presets that take no config. It is also how the studio writes down the move a creator asks
 * for (the camera intent), whichever way that move then travels to the model.
 */
import { z } from "zod";
import { AXIS_MAX, AXIS_MIN, CAMERA_AXES, CAMERA_TYPES, type CameraAxis, PRESET_CAMERA_TYPES } from "./fields";

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

/** The wire form of a move: all six axes of a simple move spelled out, a preset with no config. */
export function toWireCameraControl(move: CameraControl): CameraControl {
  return move.type === "simple" ? { type: "simple", config: completeConfig(move.config) } : { type: move.type };
}
