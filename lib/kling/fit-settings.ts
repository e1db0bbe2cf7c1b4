/**
 * Fits a take's settings to its model: when a change of model or mode leaves a mode, duration or sound
 * the model cannot take, the nearest value it can take replaces it. Every replacement is reported, so
 * the form (and a remix moved to another model) can say what changed and why. Browser-safe.
 */
import { durationRange, MODEL_CAPABILITIES, soundRefusal } from "./capabilities";
import type { Duration, Mode, ModelName, Sound } from "./fields";

export type FittedSettings = { model_name: ModelName; mode: Mode; duration: Duration; sound?: Sound };

export type SettingFix =
  | { field: "mode"; from: Mode; to: Mode; reason: string }
  | { field: "duration"; from: Duration; to: Duration; reason: string }
  | { field: "sound"; from: Sound; to: Sound; reason: string };

export function fitToModel<T extends FittedSettings>(settings: T): { settings: T; fixes: SettingFix[] } {
  const model = MODEL_CAPABILITIES[settings.model_name];
  const fixes: SettingFix[] = [];
  let { mode, duration, sound } = settings;

  if (!model.modes.includes(mode)) {
    const to = model.modes[0];
    fixes.push({ field: "mode", from: mode, to, reason: `${settings.model_name} has no ${mode} mode` });
    mode = to;
  }
  if (!model.durations.includes(duration)) {
    const to = nearestDuration(model.durations, duration);
    fixes.push({
      field: "duration",
      from: duration,
      to,
      reason: `${settings.model_name} makes clips of ${durationRange(model.durations)}`,
    });
    duration = to;
  }
  if (sound === "on") {
    const refusal = soundRefusal({ model_name: settings.model_name, mode });
    if (refusal) {
      fixes.push({ field: "sound", from: "on", to: "off", reason: refusal });
      sound = "off";
    }
  }
  if (fixes.length === 0) return { settings, fixes };
  return { settings: { ...settings, mode, duration, sound }, fixes };
}

/** The duration closest to the wanted one; between two equally close, the shorter (it costs less). */
export function nearestDuration(durations: readonly Duration[], wanted: Duration): Duration {
  const target = Number(wanted);
  let best = durations[0];
  for (const duration of durations) {
    if (Math.abs(Number(duration) - target) < Math.abs(Number(best) - target)) best = duration;
  }
  return best;
}
