/**
 * What the UI calls each camera move. Sliders are labelled by what the viewer sees, with the API's field
 * name kept beside it, because the API's own words mislead: the English docs swap pan and tilt, and a
 * positive zoom makes the view wider. The directions here follow the table in ./pose.ts.
 */
import type { CameraControl } from "@/lib/kling/camera-control";
import { CAMERA_AXES, type CameraAxis, type PresetCameraType } from "@/lib/kling/fields";

export type AxisLabel = {
  /** the API field, shown beside the label */
  apiName: CameraAxis;
  /** the slider's label: both directions, negative first, as the slider runs */
  label: string;
  /** what a negative value does */
  negative: string;
  /** what a positive value does */
  positive: string;
};

export const AXIS_LABELS: Record<CameraAxis, AxisLabel> = {
  horizontal: { apiName: "horizontal", label: "Move left ↔ right", negative: "Move left", positive: "Move right" },
  vertical: { apiName: "vertical", label: "Move down ↔ up", negative: "Move down", positive: "Move up" },
  pan: { apiName: "pan", label: "Turn left ↔ right", negative: "Turn left", positive: "Turn right" },
  tilt: { apiName: "tilt", label: "Look down ↔ up", negative: "Look down", positive: "Look up" },
  roll: {
    apiName: "roll",
    label: "Roll counter-clockwise ↔ clockwise",
    negative: "Roll counter-clockwise",
    positive: "Roll clockwise",
  },
  zoom: {
    apiName: "zoom",
    label: "Tighter ↔ wider",
    negative: "Tighter (longer focal length)",
    positive: "Wider (shorter focal length)",
  },
};

export type PresetLabel = { label: string; description: string };

export const PRESET_LABELS: Record<PresetCameraType, PresetLabel> = {
  down_back: { label: "Down & back", description: "Descends and pulls back" },
  forward_up: { label: "Forward & up", description: "Pushes forward and rises" },
  right_turn_forward: { label: "Turn right & forward", description: "Turns right while moving forward" },
  left_turn_forward: { label: "Turn left & forward", description: "Turns left while moving forward" },
};

/** The one axis a simple move sets, and its value; undefined for a preset or a still camera. */
export function activeAxisOf(camera: CameraControl): { axis: CameraAxis; value: number } | undefined {
  if (camera.type !== "simple") return undefined;
  const axis = CAMERA_AXES.find((name) => (camera.config[name] ?? 0) !== 0);
  return axis ? { axis, value: camera.config[axis] ?? 0 } : undefined;
}

/** A preset as a person reads it: "Down & back: the camera …". */
export function presetSummary(type: PresetCameraType): string {
  return `${PRESET_LABELS[type].label}: ${PRESET_LABELS[type].description.toLowerCase()}`;
}
