/**
 * The motion model shared by the fit and the parallax test. For a small step, everything that does not
 * depend on depth (turning, looking up or down, rolling, zooming) moves the picture along a linear mix
 * of four fixed flow fields, one per axis.
 *
 * Coordinates are normalized: pixels from the frame centre divided by the focal length in pixels, x right
 * and y DOWN. Flow is in the same units (radians, for small angles).
 */
import type { BlockFlow } from "./block-flow";

/** The depth-independent part of one step: radians, and log2 of the field-of-view widening. */
export type RotationStep = {
  /** positive turns right (the scene drifts left) */
  yaw: number;
  /** positive looks up (the scene drifts down) */
  pitch: number;
  /** positive rolls clockwise as the operator sees it (the image turns counter-clockwise) */
  roll: number;
  /** positive widens the view (shorter focal length): log2(focal before / focal after) */
  zoom: number;
};

export const ZERO_STEP: RotationStep = { yaw: 0, pitch: 0, roll: 0, zoom: 0 };

/** Frame geometry for normalizing: decoded size and the focal length in the same pixels. */
export type FrameGeometry = { width: number; height: number; focal: number };

/** One block's measurement, ready for fitting. */
export type FlowSample = {
  /** the block's grid cell, stable over a clip */
  cell: number;
  /** normalized position */
  x: number;
  y: number;
  /** normalized flow */
  u: number;
  v: number;
  /** how much to trust the flow in each direction: the block's tensor scaled so its larger eigenvalue is 1 */
  nxx: number;
  nxy: number;
  nyy: number;
  /** overall trust from texture strength and match quality */
  weight: number;
  /** the four basis flows here, (u, v) for yaw, pitch, roll and zoom in that order */
  basis: Float64Array;
};

const LN2 = Math.LN2;

/**
 * The four basis flows at (x, y): (u, v) for a unit of yaw, pitch, roll and zoom, in that order. Yaw
 * (−(1 + x²), −xy) and pitch (xy, 1 + y²) are a turn's exact first-order flows; roll (y, −x) turns the
 * picture counter-clockwise on screen; zoom (−ln2·x, −ln2·y) shrinks it toward the centre.
 */
function basisAt(x: number, y: number): Float64Array {
  const out = new Float64Array(8);
  out[0] = -(1 + x * x);
  out[1] = -x * y;
  out[2] = x * y;
  out[3] = 1 + y * y;
  out[4] = y;
  out[5] = -x;
  out[6] = -LN2 * x;
  out[7] = -LN2 * y;
  return out;
}

/** The flow a step predicts where `basis` was taken. */
export function flowFrom(step: RotationStep, basis: Float64Array): { u: number; v: number } {
  return {
    u: step.yaw * basis[0] + step.pitch * basis[2] + step.roll * basis[4] + step.zoom * basis[6],
    v: step.yaw * basis[1] + step.pitch * basis[3] + step.roll * basis[5] + step.zoom * basis[7],
  };
}

/** The flow a step predicts at a point. */
export function flowAt(step: RotationStep, { x, y }: { x: number; y: number }): { u: number; v: number } {
  return {
    u: -step.yaw * (1 + x * x) + step.pitch * x * y + step.roll * y - step.zoom * LN2 * x,
    v: -step.yaw * x * y + step.pitch * (1 + y * y) - step.roll * x - step.zoom * LN2 * y,
  };
}

/** A sample's residual against a step, its length measured in the directions the block pins down. */
export function residualLength(sample: FlowSample, step: RotationStep): number {
  const b = sample.basis;
  const ru = sample.u - (step.yaw * b[0] + step.pitch * b[2] + step.roll * b[4] + step.zoom * b[6]);
  const rv = sample.v - (step.yaw * b[1] + step.pitch * b[3] + step.roll * b[5] + step.zoom * b[7]);
  return Math.sqrt(Math.max(0, sample.nxx * ru * ru + 2 * sample.nxy * ru * rv + sample.nyy * rv * rv));
}

export function addSteps(a: RotationStep, b: RotationStep): RotationStep {
  return { yaw: a.yaw + b.yaw, pitch: a.pitch + b.pitch, roll: a.roll + b.roll, zoom: a.zoom + b.zoom };
}

/**
 * Block flows in normalized units, each with its direction tensor scaled to a largest eigenvalue of 1 and
 * a weight from texture strength and match quality (a leftover mean difference of 6 grey levels halves it).
 */
export function toSamples(blocks: BlockFlow[], geometry: FrameGeometry): FlowSample[] {
  const { width, height, focal } = geometry;
  const samples: FlowSample[] = [];
  for (const block of blocks) {
    const half = (block.gxx - block.gyy) / 2;
    const max = (block.gxx + block.gyy) / 2 + Math.sqrt(half * half + block.gxy * block.gxy);
    if (!(max > 0)) continue;
    const texture = max / (max + 30);
    const match = 1 / (1 + (block.error / 6) ** 2);
    const x = (block.x - width / 2) / focal;
    const y = (block.y - height / 2) / focal;
    samples.push({
      cell: block.cell,
      x,
      y,
      u: block.u / focal,
      v: block.v / focal,
      nxx: block.gxx / max,
      nxy: block.gxy / max,
      nyy: block.gyy / max,
      weight: texture * match,
      basis: basisAt(x, y),
    });
  }
  return samples;
}
