/**
 * The values each field of a text-to-video request may take, as plain constants: the vocabulary the
 * capability table, the pricing table and the request schemas are written in.
 */

export const MODEL_NAMES = [
  "kling-v1",
  "kling-v1-6",
  "kling-v2-master",
  "kling-v2-1-master",
  "kling-v2-5-turbo",
  "kling-v2-6",
  "kling-v3",
] as const;
export const MODES = ["std", "pro"] as const;
export const ASPECT_RATIOS = ["16:9", "9:16", "1:1"] as const;
/** Every clip length any model makes, in seconds, as the strings the API takes. */
export const DURATIONS = ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] as const;
export const SOUNDS = ["off", "on"] as const;
export const CAMERA_AXES = ["horizontal", "vertical", "pan", "tilt", "roll", "zoom"] as const;
export const PRESET_CAMERA_TYPES = ["down_back", "forward_up", "right_turn_forward", "left_turn_forward"] as const;
export const CAMERA_TYPES = ["simple", ...PRESET_CAMERA_TYPES] as const;

export const PROMPT_MAX = 2500;
export const AXIS_MIN = -10;
export const AXIS_MAX = 10;

export type ModelName = (typeof MODEL_NAMES)[number];
export type Mode = (typeof MODES)[number];
export type AspectRatio = (typeof ASPECT_RATIOS)[number];
export type Duration = (typeof DURATIONS)[number];
export type Sound = (typeof SOUNDS)[number];
export type CameraAxis = (typeof CAMERA_AXES)[number];
export type PresetCameraType = (typeof PRESET_CAMERA_TYPES)[number];
