/** A camera move in words, for captions and accessible names: what the viewer sees, then the API terms. */
import { AXIS_LABELS, activeAxisOf, presetSummary } from "@/lib/camera/axes";
import type { CameraControl } from "@/lib/kling/camera-control";

export function describeMove(camera: CameraControl | null | undefined): string {
  if (!camera) return "Static camera";
  if (camera.type !== "simple") return presetSummary(camera.type);
  const active = activeAxisOf(camera);
  if (!active) return "Static camera (no axis set yet)";
  const labels = AXIS_LABELS[active.axis];
  return `${active.value > 0 ? labels.positive : labels.negative} — ${labels.apiName} ${formatSigned(active.value)}`;
}

/** +5, −2.5: a real minus sign, so screen readers say "minus". */
function formatSigned(value: number): string {
  const text = String(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : "0";
}
