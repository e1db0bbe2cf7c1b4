/** Short words for a take's settings, shared by cards, the take page and filters. */
import { AXIS_LABELS, PRESET_LABELS } from "@/lib/camera/axes";
import { type CameraControl, completeConfig } from "@/lib/kling/camera-control";
import { MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { CAMERA_AXES, type ModelName } from "@/lib/kling/fields";

/** "camera: pan +5", "camera: Down & back", "camera: model's choice". */
export function describeCamera(camera: CameraControl | null): string {
  if (!camera) return "camera: model's choice";
  if (camera.type !== "simple") return `camera: ${PRESET_LABELS[camera.type].label}`;
  const config = completeConfig(camera.config);
  const axis = CAMERA_AXES.find((name) => config[name] !== 0);
  return axis ? `camera: ${axis} ${config[axis] > 0 ? "+" : ""}${config[axis]}` : "camera: static";
}

/** What a person sees the camera do, e.g. "Turn right (pan +5)". */
export function describeCameraMove(camera: CameraControl | null): string {
  if (!camera) return "Left to the model";
  if (camera.type !== "simple")
    return `${PRESET_LABELS[camera.type].label}: ${PRESET_LABELS[camera.type].description.toLowerCase()}`;
  const config = completeConfig(camera.config);
  const axis = CAMERA_AXES.find((name) => config[name] !== 0);
  if (!axis) return "Static";
  const value = config[axis];
  const label = AXIS_LABELS[axis];
  return `${value > 0 ? label.positive : label.negative} (${axis} ${value > 0 ? "+" : ""}${value})`;
}

/** Camera filter values as a person reads them. */
export const CAMERA_FILTER_LABELS: Record<string, string> = {
  none: "Model's choice",
  simple: "Simple move",
  ...Object.fromEntries(Object.entries(PRESET_LABELS).map(([type, preset]) => [type, preset.label])),
};

export function modelLabel(model: ModelName): string {
  return MODEL_CAPABILITIES[model].label;
}
