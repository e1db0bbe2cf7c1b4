/**
 * Approximate cost of a clip, as data. Older models are priced per clip (units for 5 s; 10 s costs
 * double); kling-v3 is billed per second, at a higher rate with sound. Once a task reports
 * `final_unit_deduction`, that figure replaces the estimate.
 */
import type { Duration, Mode, ModelName, Sound } from "./fields";

const USD_PER_UNIT = 0.14;

type ModeRates = Record<Mode, number>;

type ModelPrice =
  /** `units` for a 5 s clip, doubled for 10 s; `withSound` replaces it when sound is on. */
  | { per: "clip"; units: ModeRates; withSound?: Partial<ModeRates> }
  /** units a second of video */
  | { per: "second"; units: ModeRates; withSound: ModeRates };

const MODEL_PRICES: Record<ModelName, ModelPrice> = {
  "kling-v1": { per: "clip", units: { std: 1, pro: 3.5 } },
  "kling-v1-6": { per: "clip", units: { std: 2, pro: 3.5 } },
  "kling-v2-master": { per: "clip", units: { std: 10, pro: 10 } },
  "kling-v2-1-master": { per: "clip", units: { std: 10, pro: 10 } },
  "kling-v2-5-turbo": { per: "clip", units: { std: 1.5, pro: 2.5 } },
  "kling-v2-6": { per: "clip", units: { std: 1.5, pro: 2.5 }, withSound: { pro: 5 } },
  "kling-v3": { per: "second", units: { std: 0.6, pro: 0.8 }, withSound: { std: 0.9, pro: 1.2 } },
};

export function estimateUnits(params: {
  model_name: ModelName;
  mode: Mode;
  duration: Duration;
  sound?: Sound;
}): number {
  const price = MODEL_PRICES[params.model_name];
  const withSound = params.sound === "on" ? price.withSound?.[params.mode] : undefined;
  const rate = withSound ?? price.units[params.mode];
  const seconds = Number(params.duration);
  const units = price.per === "second" ? rate * seconds : (rate * seconds) / 5;
  // 0.9 × 12 is 10.799999…: keep what a person would write.
  return Math.round(units * 1000) / 1000;
}

export function unitsToUsd(units: number): number {
  return Math.round(units * USD_PER_UNIT * 100) / 100;
}

export function formatCost(units: number): string {
  return `${units} unit${units === 1 ? "" : "s"} · $${unitsToUsd(units).toFixed(2)}`;
}
