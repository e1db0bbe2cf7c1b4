/**
 * Turning or travelling? A pan and a truck both slide the picture sideways; the difference is that a pan
 * slides everything by the same angle while a truck slides near things more than far ones (a distant
 * horizon does not move at all). So for each grid cell the motion along one basis field (yaw, pitch or
 * zoom) is compared with what the pair's global fit predicted there: the cell's gain. A rotation gives
 * every cell a gain of 1; a translation spreads gains from about 0 (far) to well above 1 (near). The
 * spread between the 15th and 85th percentiles of the cells' gains is the evidence.
 *
 * A cell's gain is the weighted median of its gains pair by pair, weighted by how much motion the pair
 * had there: depth stays put from pair to pair and keeps its gain, while a subject crossing the cell
 * spoils only the few pairs it takes to pass. Each block is read through its information matrix, so an
 * edge counts only across itself: a vertical edge tells about sideways motion, the horizon about vertical.
 */
import { flowFrom } from "./flow-model";
import { weightedQuantile } from "./linear";
import type { PairFit } from "./motion-fit";

/** The axes whose flow a translation can imitate: yaw (truck), pitch (pedestal) and zoom (dolly). */
const GAIN_AXES = ["yaw", "pitch", "zoom"] as const;
export type GainAxis = (typeof GAIN_AXES)[number];
const AXIS_INDEX: Record<GainAxis, number> = { yaw: 0, pitch: 1, zoom: 3 };

/** Per axis (in GAIN_AXES order): each pair's gain in the cell and its weight, and the weights' total. */
type CellGains = { x: number; y: number; gains: number[][]; weights: number[][]; info: Float64Array };

export type GainField = { cells: Map<number, CellGains>; pairs: number };

export type AxisParallax = {
  /** spread of the per-cell gains (85th − 15th percentile, after the lens trend); about 0 for a rotation */
  spread: number;
  /** the median gain; about 1 when the cells agree with the global fit */
  median: number;
  /** cells that carried information about this axis */
  cells: number;
};

/** The share of cells left out at each end of the gain spread: room for subjects and bad matches. */
const TAIL = 0.15;

export function createGainField(): GainField {
  return { cells: new Map(), pairs: 0 };
}

/** Adds one pair: per cell and axis, the measured motion along the axis's field over the predicted one. */
export function addPairToGains(field: GainField, fit: PairFit): void {
  field.pairs++;
  const step = fit.rotation;
  for (const s of fit.samples) {
    let cell = field.cells.get(s.cell);
    if (!cell) {
      cell = { x: s.x, y: s.y, gains: [[], [], []], weights: [[], [], []], info: new Float64Array(3) };
      field.cells.set(s.cell, cell);
    }
    const basis = s.basis;
    const whole = flowFrom(step, basis);
    for (const [k, axis] of GAIN_AXES.entries()) {
      const index = AXIS_INDEX[axis];
      const bu = basis[2 * index];
      const bv = basis[2 * index + 1];
      const amount = step[axis];
      // The measured flow with the other axes' share removed, projected on this axis's field.
      const ou = s.u - (whole.u - amount * bu);
      const ov = s.v - (whole.v - amount * bv);
      const nu = s.nxx * bu + s.nxy * bv;
      const nv = s.nxy * bu + s.nyy * bv;
      const info = s.weight * (nu * bu + nv * bv);
      const weight = info * amount * amount;
      if (!(weight > 0)) continue;
      cell.gains[k].push((s.weight * (nu * ou + nv * ov)) / (info * amount));
      cell.weights[k].push(weight);
      cell.info[k] += weight;
    }
  }
}

/**
 * The gain spread for one axis, or undefined when the clip barely moved along it.
 *
 * A lens longer than the assumed one turns a pan into a nearly uniform slide, which the yaw field (faster
 * toward the sides, as 1 + x²) meets with gains falling off toward the sides. That smooth trend in x²
 * (y² for pitch) is fitted and removed first, so only what varies with depth is left.
 */
export function axisParallax(field: GainField, axis: GainAxis): AxisParallax | undefined {
  const k = GAIN_AXES.indexOf(axis);
  const gains: number[] = [];
  const weights: number[] = [];
  const lens: number[] = [];
  let strongest = 0;
  for (const cell of field.cells.values()) strongest = Math.max(strongest, cell.info[k]);
  if (!(strongest > 0)) return undefined;
  for (const cell of field.cells.values()) {
    // Cells that saw little of the motion (textureless most of the time, or edges along the motion) are
    // too noisy to judge by.
    if (cell.info[k] < 0.05 * strongest) continue;
    gains.push(weightedQuantile({ values: cell.gains[k], weights: cell.weights[k] }, 0.5));
    weights.push(cell.info[k]);
    lens.push(axis === "yaw" ? cell.x * cell.x : axis === "pitch" ? cell.y * cell.y : 0);
  }
  if (gains.length < 6) return undefined;
  const median = weightedQuantile({ values: gains, weights }, 0.5);
  const slope = axis === "zoom" ? 0 : lensTrend({ gains, weights, lens });
  const detrended = { values: gains.map((g, i) => g - slope * lens[i]), weights };
  return {
    spread: weightedQuantile(detrended, 1 - TAIL) - weightedQuantile(detrended, TAIL),
    median,
    cells: gains.length,
  };
}

/** Weighted least-squares slope of gain against x² (or y²), limited to what a focal-length error can do. */
function lensTrend(input: { gains: number[]; weights: number[]; lens: number[] }): number {
  const { gains, weights, lens } = input;
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < gains.length; i++) {
    const w = weights[i];
    sw += w;
    sx += w * lens[i];
    sy += w * gains[i];
    sxx += w * lens[i] * lens[i];
    sxy += w * lens[i] * gains[i];
  }
  const variance = sxx * sw - sx * sx;
  if (!(variance > 1e-12 * sw * sw)) return 0;
  const slope = (sxy * sw - sx * sy) / variance;
  // From an infinitely long lens (gain 1/(1 + x²), slope ≈ −1) to one twice as wide as assumed (≈ +1).
  return Math.max(-1.2, Math.min(1.2, slope));
}
