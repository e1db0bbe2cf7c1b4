/**
 * The model catalogue, read for the form: the words for modes and models, and the sentences the form
 * says when it fits the settings to another model or mode (lib/kling/fit-settings.ts), or when a remix of
 * a retired model's take moves to its successor (lib/takes/remix-settings.ts). Plain module: the
 * server page words the remix notice with it too.
 */

import { MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import type { Mode, ModelName } from "@/lib/kling/fields";
import type { SettingFix } from "@/lib/kling/fit-settings";
import type { RemixModelMove } from "@/lib/takes/remix-settings";

export const MODE_LABELS: Record<Mode, string> = { std: "Standard", pro: "Professional" };

/** "Kling 2.6 (kling-v2-6)": the name people know, and the one the API takes. */
export function modelLabel(model: ModelName): string {
  return `${MODEL_CAPABILITIES[model].label} (${model})`;
}

/** "Duration set to 10 s: kling-v2-6 makes clips of 5 or 10 s." */
export function describeFix(fix: SettingFix): string {
  if (fix.field === "duration") return `Duration set to ${fix.to} s: ${fix.reason}.`;
  if (fix.field === "sound") return `Sound turned ${fix.to}: ${fix.reason}.`;
  return `Mode set to ${MODE_LABELS[fix.to]}: ${fix.reason}.`;
}

/** "Kling 1.6 (kling-v1-6) was retired on 2026-09-15, so this remix uses Kling 2.6 (kling-v2-6)." */
export function describeRemixMove(moved: RemixModelMove): string {
  const sentence = `${modelLabel(moved.from)} was retired on ${moved.retiredOn}, so this remix uses ${modelLabel(moved.to)}.`;
  return [sentence, ...moved.fixes.map(describeFix)].join(" ");
}
