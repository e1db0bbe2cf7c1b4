/**
 * Global camera motion between two frames from the block flow. The depth-independent model of
 * ./flow-model.ts is linear, so it is fitted linearly: a RANSAC search for the largest group of blocks
 * that move together, then iteratively reweighted least squares. What a camera translation adds
 * (parallax) and what moving subjects add stays in the residuals, which ./parallax.ts reads.
 */
import { type FlowSample, type RotationStep, residualLength, ZERO_STEP } from "./flow-model";
import { solve, weightedQuantile } from "./linear";

/** Tukey biweight tuning: 95% efficiency for Gaussian residuals. */
const TUKEY = 4.685;

export type PairFit = {
  /** the depth-independent motion of the largest consistent set of blocks */
  rotation: RotationStep;
  samples: FlowSample[];
  /** each sample's weight in the robust fit: near 0 for outliers */
  inlierWeights: Float64Array;
  /** share of the blocks' total weight that the robust fit kept */
  inlierShare: number;
};

export type FitOptions = {
  /** focal length in pixels, to set thresholds in pixels */
  focal: number;
  /** RANSAC draws */
  draws?: number;
  /** seed for the sample draws, so a clip always measures the same */
  seed?: number;
};

/** The robust fit of the four-field model to one pair's samples. */
export function fitPair(samples: FlowSample[], options: FitOptions): PairFit {
  const pixel = 1 / options.focal;
  const all = new Float64Array(samples.length).fill(1);
  const start = weightedFit(samples, all) ?? ZERO_STEP;
  const typical = weightedQuantile(
    { values: samples.map((s) => Math.hypot(s.u, s.v)), weights: samples.map((s) => s.weight) },
    0.5,
  );
  // Inliers agree to a third of a pixel, or to an eighth of the typical motion when blocks deform more.
  const threshold = Math.max(0.35 * pixel, 0.12 * (Number.isFinite(typical) ? typical : 0));
  const seeded = ransac(samples, { threshold, draws: options.draws ?? 60, seed: options.seed ?? 1 }) ?? start;
  const robust = reweight(samples, { start: seeded, minScale: 0.1 * pixel });
  let kept = 0;
  let total = 0;
  samples.forEach((s, i) => {
    kept += s.weight * robust.weights[i];
    total += s.weight;
  });
  return { rotation: robust.step, samples, inlierWeights: robust.weights, inlierShare: total > 0 ? kept / total : 0 };
}

/** Weighted least squares, each sample weighted by its trust, `extra[i]` and its direction tensor. */
function weightedFit(samples: FlowSample[], extra: ArrayLike<number>): RotationStep | undefined {
  const normal = new Float64Array(16);
  const rhs = new Float64Array(4);
  for (let i = 0; i < samples.length; i++) {
    const w = samples[i].weight * extra[i];
    if (w > 0) accumulate({ sample: samples[i], weight: w, normal, rhs });
  }
  return solveStep(normal, rhs);
}

function accumulate(input: { sample: FlowSample; weight: number; normal: Float64Array; rhs: Float64Array }) {
  const { sample: s, weight: w, normal, rhs } = input;
  const b = s.basis;
  // Tensor-weighted columns: N·b_k, so that normal[k][l] = b_kᵀ N b_l and rhs[k] = b_kᵀ N f.
  for (let k = 0; k < 4; k++) {
    const nu = s.nxx * b[2 * k] + s.nxy * b[2 * k + 1];
    const nv = s.nxy * b[2 * k] + s.nyy * b[2 * k + 1];
    rhs[k] += w * (nu * s.u + nv * s.v);
    for (let l = k; l < 4; l++) {
      const value = w * (nu * b[2 * l] + nv * b[2 * l + 1]);
      normal[k * 4 + l] += value;
      if (l !== k) normal[l * 4 + k] += value;
    }
  }
}

function solveStep(normal: Float64Array, rhs: Float64Array): RotationStep | undefined {
  const x = solve(normal, rhs);
  if (!x?.every(Number.isFinite)) return undefined;
  return { yaw: x[0], pitch: x[1], roll: x[2], zoom: x[3] };
}

/**
 * MSAC: fits three random blocks at a time and keeps the step with the lowest truncated cost, so the
 * largest group of blocks that move together (the background, usually) wins over subjects and parallax.
 */
function ransac(
  samples: FlowSample[],
  input: { threshold: number; draws: number; seed: number },
): RotationStep | undefined {
  if (samples.length < 3) return undefined;
  let seed = input.seed >>> 0 || 1;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const cap = input.threshold * input.threshold;
  let best: RotationStep | undefined;
  let bestCost = Infinity;
  for (let draw = 0; draw < input.draws; draw++) {
    const normal = new Float64Array(16);
    const rhs = new Float64Array(4);
    const picked = new Set<number>();
    while (picked.size < 3) picked.add(Math.floor(random() * samples.length));
    for (const i of picked) accumulate({ sample: samples[i], weight: 1, normal, rhs });
    const step = solveStep(normal, rhs);
    if (!step) continue;
    let cost = 0;
    for (const s of samples) {
      const length = residualLength(s, step);
      cost += s.weight * Math.min(length * length, cap);
      if (cost >= bestCost) break;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = step;
    }
  }
  return best;
}

/** Iteratively reweighted least squares with Tukey's biweight on the residual length. */
function reweight(
  samples: FlowSample[],
  input: { start: RotationStep; minScale: number },
): { step: RotationStep; weights: Float64Array } {
  let step = input.start;
  const weights = new Float64Array(samples.length);
  const lengths = new Float64Array(samples.length);
  const scaleWeights = new Float64Array(samples.length);
  let scale = input.minScale;
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < samples.length; i++) lengths[i] = residualLength(samples[i], step);
    // The scale comes from the blocks that fit well already, so outliers do not inflate it.
    for (let i = 0; i < samples.length; i++) {
      scaleWeights[i] = round === 0 || lengths[i] < 3 * scale ? samples[i].weight : 0;
    }
    const median = weightedQuantile({ values: lengths, weights: scaleWeights }, 0.5);
    scale = Math.max(input.minScale, Number.isFinite(median) ? 1.4826 * median : input.minScale);
    const c = TUKEY * scale;
    for (let i = 0; i < samples.length; i++) {
      const r = lengths[i] / c;
      weights[i] = r < 1 ? (1 - r * r) ** 2 : 0;
    }
    const next = weightedFit(samples, weights);
    if (!next) break;
    step = next;
  }
  return { step, weights };
}
