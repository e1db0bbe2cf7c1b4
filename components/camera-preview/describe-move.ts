/** A camera move in words, for captions and accessible names: what the viewer sees, then the API terms. */
import { AXIS_LABELS, PRESET_LABELS } from "@/lib/camera/axes";
import { type CameraControl, completeConfig } from "@/lib/kling/camera-control";
import { CAMERA_AXES } from "@/lib/kling/fields";

export function describeMove(camera: CameraControl | null | undefined): string {
  if (!camera) return "Static camera";
  if (camera.type !== "simple")
    return `${PRESET_LABELS[camera.type].label}: ${PRESET_LABELS[camera.type].description.toLowerCase()}`;
  const config = completeConfig(camera.config);
  const axis = CAMERA_AXES.find((name) => config[name] !== 0);
  if (!axis) return "Static camera (no axis set yet)";
  const value = config[axis];
  const labels = AXIS_LABELS[axis];
  return `${value > 0 ? labels.positive : labels.negative} — ${labels.apiName} ${formatSigned(value)}`;
}

/** +5, −2.5: a real minus sign, so screen readers say "minus". */
function formatSigned(value: number): string {
  const text = String(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : "0";
}
