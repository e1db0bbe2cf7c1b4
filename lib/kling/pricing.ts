/**
 * Approximate cost per clip, as data. Units for a 5 s clip; a 10 s clip costs double. Once a task
 * reports `final_unit_deduction`, that figure replaces the estimate.
 */
import type { Duration, Mode, ModelName } from "./schema";

export const USD_PER_UNIT = 0.14;

export const UNITS_PER_5S: Record<ModelName, Record<Mode, number>> = {
  "kling-v1": { std: 1, pro: 3.5 },
  "kling-v1-6": { std: 2, pro: 3.5 },
  "kling-v2-master": { std: 10, pro: 10 },
  "kling-v2-1-master": { std: 10, pro: 10 },
  "kling-v2-5-turbo": { std: 1.5, pro: 2.5 },
  "kling-v2-6": { std: 1.5, pro: 2.5 },
};

export function estimateUnits(params: { model_name: ModelName; mode: Mode; duration: Duration }): number {
  const perClip = UNITS_PER_5S[params.model_name][params.mode];
  return params.duration === "10" ? perClip * 2 : perClip;
}

export function unitsToUsd(units: number): number {
  return Math.round(units * USD_PER_UNIT * 100) / 100;
}

export function formatCost(units: number): string {
  return `${units} unit${units === 1 ? "" : "s"} · $${unitsToUsd(units).toFixed(2)}`;
}
