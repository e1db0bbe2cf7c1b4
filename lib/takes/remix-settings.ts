/**
 * What a remix opens with: the take's settings, unchanged, unless its model has been retired. Then the
 * remix moves to the model's successor (following the chain if that one is retired too), and the mode,
 * duration and sound are fitted to it. The move is reported so the remix notice can say what and why.
 */
import { isRetired, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import type { ModelName } from "@/lib/kling/fields";
import { fitToModel, type SettingFix } from "@/lib/kling/fit-settings";
import type { TakeParams } from "@/lib/kling/schema";

export type RemixModelMove = { from: ModelName; retiredOn: string; to: ModelName; fixes: SettingFix[] };

export function remixSettingsOf(
  params: TakeParams,
  today: string,
): { params: TakeParams; moved: RemixModelMove | null } {
  const from = params.model_name;
  const retiredOn = MODEL_CAPABILITIES[from].retiredOn;
  const to = successorOf(from, today);
  if (!retiredOn || to === from) return { params, moved: null };
  const fitted = fitToModel({ ...params, model_name: to });
  return { params: fitted.settings, moved: { from, retiredOn, to, fixes: fitted.fixes } };
}

/** The first model down the successor chain that is not retired today (the model itself when it is not). */
function successorOf(model: ModelName, today: string): ModelName {
  let current = model;
  const seen = new Set<ModelName>();
  while (isRetired(current, today) && !seen.has(current)) {
    seen.add(current);
    const next = MODEL_CAPABILITIES[current].successor;
    if (!next) break;
    current = next;
  }
  return current;
}
