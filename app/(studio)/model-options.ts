/**
 * The Model list, as data: which models it shows (retired ones only on request, or while they are the
 * chosen one), how each option reads, and which ones Kling refused for this account (disabled, with the
 * date and Kling's words).
 */
import { isAnnouncedRetired, isRetired, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { MODEL_NAMES, type ModelName } from "@/lib/kling/fields";
import { modelLabel } from "./capability-rules";

/** A model Kling refused for this account: since when (ISO date) and what Kling said. */
export type UnavailableModel = { model: ModelName; since: string; message: string };

export type ModelOption = { model: ModelName; label: string; disabled: boolean };

export function modelOptions(options: {
  current: ModelName;
  showRetired: boolean;
  unavailable: readonly UnavailableModel[];
  today: string;
}): ModelOption[] {
  return MODEL_NAMES.filter(
    (model) => options.showRetired || model === options.current || !isAnnouncedRetired(model),
  ).map((model) => {
    const mark = options.unavailable.find((entry) => entry.model === model);
    const notes = [retirementNote(model, options.today), mark ? `unavailable since ${mark.since}` : null];
    return {
      model,
      label: [modelLabel(model), ...notes.filter((note) => note !== null)].join(" — "),
      disabled: Boolean(mark),
    };
  });
}

/** "retired on 2026-09-15" (or "retires on …" before the day), or null for a model with no end announced. */
function retirementNote(model: ModelName, today: string): string | null {
  const retiredOn = MODEL_CAPABILITIES[model].retiredOn;
  if (!retiredOn) return null;
  return isRetired(model, today) ? `retired on ${retiredOn}` : `retires on ${retiredOn}`;
}

/** What the Model field says about its chosen model when it is retired, or null. */
export function retiredHint(model: ModelName, today: string): string | null {
  const note = retirementNote(model, today);
  if (!note) return null;
  const successor = MODEL_CAPABILITIES[model].successor;
  const instead = successor ? ` ${modelLabel(successor)} replaces it.` : "";
  const refusal = isRetired(model, today) ? " Kling may refuse it." : "";
  return `${MODEL_CAPABILITIES[model].label} ${note}.${refusal}${instead}`;
}

/** Why a model cannot be chosen: Kling's refusal, with its date and words. */
export function unavailableReason(mark: UnavailableModel): string {
  return `Kling refused ${mark.model} for this account on ${mark.since}: “${mark.message}”`;
}
