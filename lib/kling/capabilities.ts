/**
 * The model catalogue: what each text-to-video model accepts, as data. The form disables what a model
 * cannot take, and the server action and the sandbox refuse it, all from this table. Prices live beside
 * it in ./pricing.ts.
 */
import { DURATIONS, type Duration, type Mode, type ModelName } from "./fields";

export type ModelCapabilities = {
  label: string;
  modes: readonly Mode[];
  durations: readonly Duration[];
  /** v2.x and later ignore cfg_scale; the form says so instead of pretending it matters. */
  usesCfgScale: boolean;
  /** Where camera_control is accepted, or null when the model never takes it (the move then travels in the prompt). */
  cameraControl: { modes: readonly Mode[]; durations: readonly Duration[] } | null;
  /** The modes in which `sound: "on"` is accepted, or null when the model takes no `sound` field at all. */
  sound: { modes: readonly Mode[] } | null;
  /** The day Kling's partners end the model (ISO date): it is hidden behind "Show retired models". */
  retiredOn?: string;
  /** Where a remix of a take made with this (retired) model goes. */
  successor?: ModelName;
};

const CLASSIC_DURATIONS: readonly Duration[] = ["5", "10"];
const BOTH_MODES: readonly Mode[] = ["std", "pro"];

export const MODEL_CAPABILITIES: Record<ModelName, ModelCapabilities> = {
  "kling-v1": {
    label: "Kling 1.0",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: true,
    cameraControl: { modes: ["std"], durations: ["5"] },
    sound: null,
  },
  "kling-v1-6": {
    label: "Kling 1.6",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: true,
    cameraControl: null,
    sound: null,
    retiredOn: "2026-09-15",
    successor: "kling-v2-6",
  },
  "kling-v2-master": {
    label: "Kling 2.0 Master",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: false,
    cameraControl: null,
    sound: null,
  },
  "kling-v2-1-master": {
    label: "Kling 2.1 Master",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: false,
    cameraControl: null,
    sound: null,
    retiredOn: "2026-09-15",
    successor: "kling-v3",
  },
  "kling-v2-5-turbo": {
    label: "Kling 2.5 Turbo",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: false,
    cameraControl: null,
    sound: null,
  },
  "kling-v2-6": {
    label: "Kling 2.6",
    modes: BOTH_MODES,
    durations: CLASSIC_DURATIONS,
    usesCfgScale: false,
    cameraControl: null,
    sound: { modes: ["pro"] },
  },
  "kling-v3": {
    label: "Kling 3.0",
    modes: BOTH_MODES,
    durations: DURATIONS,
    usesCfgScale: false,
    cameraControl: null,
    sound: { modes: BOTH_MODES },
  },
};

/** The API's own wording, so the sandbox answers exactly like the real service. */
export const CAMERA_CONTROL_UNSUPPORTED_MESSAGE =
  "camera_control is only supported in std mode with 5s duration and kling-v1";

/** Retired on or before `today` (an ISO date, `YYYY-MM-DD`). */
export function isRetired(model: ModelName, today: string): boolean {
  const retiredOn = MODEL_CAPABILITIES[model].retiredOn;
  return retiredOn !== undefined && retiredOn <= today;
}

/** Announced for retirement at all, whatever the date: what the form hides behind "Show retired models". */
export function isAnnouncedRetired(model: ModelName): boolean {
  return MODEL_CAPABILITIES[model].retiredOn !== undefined;
}

/** Whether camera control may be sent with these settings, and if not, a reason a person can act on. */
export function cameraControlSupport(value: {
  model_name: ModelName;
  mode: Mode;
  duration: Duration;
}): { ok: true } | { ok: false; reason: string; detail: string } {
  const camera = MODEL_CAPABILITIES[value.model_name].cameraControl;
  if (!camera) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `${value.model_name} does not take camera_control`,
    };
  }
  if (!camera.modes.includes(value.mode)) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `camera_control needs ${camera.modes.join(" or ")} mode`,
    };
  }
  if (!camera.durations.includes(value.duration)) {
    return {
      ok: false,
      reason: CAMERA_CONTROL_UNSUPPORTED_MESSAGE,
      detail: `camera_control needs a ${camera.durations.join(" or ")} s clip`,
    };
  }
  return { ok: true };
}

/** Why `sound: "on"` cannot go with these settings, or null when it can. */
export function soundRefusal(value: { model_name: ModelName; mode: Mode }): string | null {
  const sound = MODEL_CAPABILITIES[value.model_name].sound;
  if (!sound) return `${value.model_name} makes no sound`;
  if (!sound.modes.includes(value.mode))
    return `${value.model_name} makes sound only in ${sound.modes.join(" or ")} mode`;
  return null;
}

/** Why the model cannot take this mode or duration at all, or null when it can. */
export function settingRefusal(value: { model_name: ModelName; mode?: Mode; duration?: Duration }): string | null {
  const model = MODEL_CAPABILITIES[value.model_name];
  if (value.mode && !model.modes.includes(value.mode)) return `${value.model_name} has no ${value.mode} mode`;
  if (value.duration && !model.durations.includes(value.duration)) {
    return `${value.model_name} makes clips of ${durationRange(model.durations)}, not ${value.duration} s`;
  }
  return null;
}

/** "5 or 10 s", "3 to 15 s". */
export function durationRange(durations: readonly Duration[]): string {
  if (durations.length > 2) return `${durations[0]} to ${durations[durations.length - 1]} s`;
  return `${durations.join(" or ")} s`;
}
