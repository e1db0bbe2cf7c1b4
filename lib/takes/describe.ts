/** Short words for a take's settings, shared by cards, the take page and filters. */
import { AXIS_LABELS, activeAxisOf, PRESET_LABELS, presetSummary } from "@/lib/camera/axes";
import type { CameraControl } from "@/lib/kling/camera-control";
import { MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import type { ModelName } from "@/lib/kling/fields";

/** "camera: pan +5", "camera: Down & back", "camera: model's choice". */
export function describeCamera(camera: CameraControl | null): string {
  if (!camera) return "camera: model's choice";
  if (camera.type !== "simple") return `camera: ${PRESET_LABELS[camera.type].label}`;
  const active = activeAxisOf(camera);
  return active ? `camera: ${active.axis} ${active.value > 0 ? "+" : ""}${active.value}` : "camera: static";
}

/** What a person sees the camera do, e.g. "Turn right (pan +5)". */
export function describeCameraMove(camera: CameraControl | null): string {
  if (!camera) return "Left to the model";
  if (camera.type !== "simple") return presetSummary(camera.type);
  const active = activeAxisOf(camera);
  if (!active) return "Static";
  const label = AXIS_LABELS[active.axis];
  return `${active.value > 0 ? label.positive : label.negative} (${active.axis} ${active.value > 0 ? "+" : ""}${active.value})`;
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
