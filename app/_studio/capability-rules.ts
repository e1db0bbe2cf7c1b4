/**
 * The capability matrix, read for the form: which options a model cannot take at all, and which ones
 * would not fit the camera move that is set (camera control only with kling-v1 + std + 5 s). The first
 * are disabled outright; choosing one of the second asks before the move is cleared.
 */
import { cameraControlSupport, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { MODEL_NAMES, type Duration, type Mode, type ModelName } from "@/lib/kling/fields";
import type { StudioValues } from "./studio-form-schema";

export type CapabilityField = "model_name" | "mode" | "duration";
export type CapabilitySettings = { model_name: ModelName; mode: Mode; duration: Duration };

export const MODE_LABELS: Record<Mode, string> = { std: "Standard", pro: "Professional" };

/** The form carries a camera move: its own, or one per take of a sweep. */
export function usesCamera(values: Pick<StudioValues, "camera_intent" | "batch">): boolean {
  return Boolean(values.camera_intent) || values.batch.kind === "sweep";
}

/** Why the model cannot take this mode or duration at all, or undefined when it can. */
export function modelLacks(model: ModelName, change: { mode?: Mode; duration?: Duration }): string | undefined {
  const capabilities = MODEL_CAPABILITIES[model];
  if (change.mode && !capabilities.modes.includes(change.mode)) return `${model} has no ${change.mode} mode`;
  if (change.duration && !capabilities.durations.includes(change.duration)) {
    return `${model} cannot make ${change.duration} s clips`;
  }
  return undefined;
}

/** Why a change would leave the current camera move unsupported, or null when the move still fits. */
export function cameraConflict(
  values: CapabilitySettings & Pick<StudioValues, "camera_intent" | "batch">,
  change: Partial<CapabilitySettings>,
): string | null {
  if (!usesCamera(values)) return null;
  const support = cameraControlSupport({
    model_name: change.model_name ?? values.model_name,
    mode: change.mode ?? values.mode,
    duration: change.duration ?? values.duration,
  });
  return support.ok ? null : support.detail;
}

/** How the confirm dialog names a value of a field. */
export function describeOption(field: CapabilityField, value: string): string {
  const model = MODEL_NAMES.find((name) => name === value);
  if (field === "model_name" && model) return `${MODEL_CAPABILITIES[model].label} (${model})`;
  if (field === "mode") return value === "pro" ? "Professional mode" : "Standard mode";
  return `${value} s`;
}
