/**
 * What each text-to-video model accepts, as data. The form disables what a model cannot take and the
 * server action and the sandbox refuse it, all from this table.
 */
import type { CameraControl, Duration, Mode, ModelName } from "./schema";

export type ModelCapabilities = {
  label: string;
  modes: readonly Mode[];
  durations: readonly Duration[];
  /** v2.x models ignore cfg_scale; the form says so instead of pretending it matters. */
  usesCfgScale: boolean;
  /** Where camera_control is accepted, or null when the model never takes it. */
  cameraControl: { modes: readonly Mode[]; durations: readonly Duration[] } | null;
};

export const MODEL_CAPABILITIES: Record<ModelName, ModelCapabilities> = {
  "kling-v1": {
    label: "Kling 1.0",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: true,
    cameraControl: { modes: ["std"], durations: ["5"] },
  },
  "kling-v1-6": {
    label: "Kling 1.6",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: true,
    cameraControl: null,
  },
  "kling-v2-master": {
    label: "Kling 2.0 Master",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: false,
    cameraControl: null,
  },
  "kling-v2-1-master": {
    label: "Kling 2.1 Master",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: false,
    cameraControl: null,
  },
  "kling-v2-5-turbo": {
    label: "Kling 2.5 Turbo",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: false,
    cameraControl: null,
  },
  "kling-v2-6": {
    label: "Kling 2.6",
    modes: ["std", "pro"],
    durations: ["5", "10"],
    usesCfgScale: false,
    cameraControl: null,
  },
};

/** The API's own wording, so the sandbox answers exactly like the real service. */
export const CAMERA_CONTROL_UNSUPPORTED_MESSAGE =
  "camera_control is only supported in std mode with 5s duration and kling-v1";

export function modelSupports(model: ModelName): ModelCapabilities {
  return MODEL_CAPABILITIES[model];
}

type CameraContext = { model_name: ModelName; mode: Mode; duration: Duration; camera_control?: CameraControl };

/** Whether camera control may be sent with these settings, and if not, a reason a person can act on. */
export function cameraControlSupport(
  value: Omit<CameraContext, "camera_control">,
): { ok: true } | { ok: false; reason: string; detail: string } {
  const camera = MODEL_CAPABILITIES[value.model_name].cameraControl;
  if (!camera) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `${value.model_name} does not take camera control; choose kling-v1`,
    };
  }
  if (!camera.modes.includes(value.mode)) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `Camera control needs ${camera.modes.join(" or ")} mode`,
    };
  }
  if (!camera.durations.includes(value.duration)) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `Camera control needs a ${camera.durations.join(" or ")} s clip`,
    };
  }
  return { ok: true };
}
