/**
 * The colours that depend only on the distance from the horizon, as linear gradients across it: the sky
 * by how far a ray rises, and one translucent layer for the ground's distance (the checker fading and
 * the fog). Stops come from the sandbox renderer's formulas.
 */
import type { CameraPose } from "@/lib/camera/pose";
import { type Rgb, SCENE } from "@/lib/camera/scene";
import { css, type FrameTarget, mix } from "./canvas-paths";

/** As in the sandbox: the sky reaches its zenith colour where a ray rises by 1 / SKY_GRADIENT. */
const SKY_GRADIENT = 2.2;
/**
 * Software canvas draws gradients of up to 8 stops several times faster than longer ones, so every
 * gradient keeps to 8, placed where they matter most (see `pickStops`).
 */
const MAX_STOPS = 8;
/** Candidate positions the ground's stops are picked from. */
const GROUND_SAMPLES = 32;

/** The screen axis across the horizon: s = rise / length pixels from (originX, originY) along (nx, ny). */
export type HorizonAxis = {
  originX: number;
  originY: number;
  nx: number;
  ny: number;
  length: number;
  target: FrameTarget;
  pose: CameraPose;
};

/** Rise per unit of ray length at distance s (pixels) from the horizon along the axis, and the ray's length. */
function rayAt(axis: HorizonAxis, s: number): { rise: number; rayLength: number } {
  const { target } = axis;
  const x = axis.originX + s * axis.nx;
  const y = axis.originY + s * axis.ny;
  const tanY = Math.tan(axis.pose.fovY / 2);
  const sx = ((2 * x) / target.width - 1) * tanY * target.aspect;
  const sy = ((2 * y) / target.height - 1) * tanY;
  const rayLength = Math.sqrt(1 + sx * sx + sy * sy);
  return { rise: (s * axis.length) / rayLength, rayLength };
}

export function skyGradient(axis: HorizonAxis, top: number): CanvasGradient {
  const { ctx } = axis.target;
  const gradient = ctx.createLinearGradient(
    axis.originX,
    axis.originY,
    axis.originX + top * axis.nx,
    axis.originY + top * axis.ny,
  );
  const { horizon, zenith } = SCENE.sky;
  for (let i = 0; i < MAX_STOPS; i++) {
    const k = i / (MAX_STOPS - 1);
    const step = Math.min(1, rayAt(axis, top * k).rise * SKY_GRADIENT);
    gradient.addColorStop(k, css(mix(horizon, zenith, step)));
  }
  return gradient;
}

/**
 * Distance on the ground, as one translucent layer over the solid tiles and lines: the checker fades
 * toward the tiles' average where the sandbox fades it (once a pixel covers a large part of a tile),
 * then everything toward the haze with the fog. Both are blends toward fixed colours by depth, so one
 * "over" layer reproduces them exactly for every colour beneath: with fade f and fog g,
 * c → c·(1 − f)(1 − g) + average·f(1 − g) + haze·g.
 */
export function groundOverlay(axis: HorizonAxis, bottom: number): CanvasGradient {
  const { target, pose } = axis;
  const { ground, haze, fogHalfDistance } = SCENE;
  const height = Math.max(pose.position[1], 0.01);
  // A ray with forward component 1 meets the ground at depth height / dip; dip = −s·length.
  const depthAt = (s: number) => height / Math.max(-s * axis.length, 1e-9);
  const spread = (2 * Math.tan(pose.fovY / 2)) / target.height;
  const footPerDepth2 = spread / ground.tile / height;
  const average = mix(ground.colors[0], ground.colors[1], 0.5);
  const blendAt = (k: number) => {
    const depth = k === 0 ? Infinity : depthAt(k * bottom);
    const foot = footPerDepth2 * depth * depth;
    const fade = foot < 0.25 ? 0 : foot > 0.75 ? 1 : 2 * foot - 0.5;
    const fog = depth === Infinity ? 1 : depth / (depth + fogHalfDistance);
    return { fade, fog };
  };
  const colorsAt = (k: number): Rgb[] => {
    const { fade, fog } = blendAt(k);
    return [ground.colors[0], ground.colors[1], ground.lineColor].map((color) =>
      mix(mix(color, average, fade), haze, fog),
    );
  };
  // Candidates spaced evenly in fog, which changes fastest near the horizon.
  const farthest = depthAt(bottom);
  const nearFog = farthest / (farthest + fogHalfDistance);
  const candidates = Array.from({ length: GROUND_SAMPLES + 1 }, (_, i) => {
    const fog = nearFog + ((1 - nearFog) * i) / GROUND_SAMPLES;
    const k = i === GROUND_SAMPLES ? 0 : height / (((fogHalfDistance * fog) / (1 - fog)) * -bottom * axis.length);
    return Math.min(1, Math.max(0, k));
  });
  const gradient = target.ctx.createLinearGradient(
    axis.originX,
    axis.originY,
    axis.originX + bottom * axis.nx,
    axis.originY + bottom * axis.ny,
  );
  for (const k of pickStops(candidates, colorsAt)) {
    const { fade, fog } = blendAt(k);
    const alpha = 1 - (1 - fade) * (1 - fog);
    // The layer's own colour: what it adds, divided by how much it covers.
    const layer = (c: number) => (alpha > 0 ? (average[c] * fade * (1 - fog) + haze[c] * fog) / alpha : haze[c]);
    gradient.addColorStop(k, css([layer(0), layer(1), layer(2)], alpha));
  }
  return gradient;
}

/**
 * At most MAX_STOPS of the candidate offsets: both ends, then greedily the candidate whose colour the
 * stops so far interpolate worst, so the stops crowd where the colour curve bends.
 */
function pickStops(candidates: number[], colorsAt: (k: number) => Rgb[]): number[] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const colors = sorted.map(colorsAt);
  const chosen = [0, sorted.length - 1];
  while (chosen.length < MAX_STOPS) {
    let worst = -1;
    let worstError = 0.5;
    for (let c = 0; c + 1 < chosen.length; c++) {
      const from = chosen[c];
      const to = chosen[c + 1];
      for (let i = from + 1; i < to; i++) {
        const t = (sorted[i] - sorted[from]) / (sorted[to] - sorted[from] || 1);
        const error = interpolationError(colors[i], colors[from], colors[to], t);
        if (error > worstError) {
          worstError = error;
          worst = i;
        }
      }
    }
    if (worst < 0) break;
    chosen.push(worst);
    chosen.sort((a, b) => a - b);
  }
  return chosen.map((index) => sorted[index]);
}

/** The largest channel difference between the colours and their interpolation from `from` to `to`. */
function interpolationError(colors: Rgb[], from: Rgb[], to: Rgb[], t: number): number {
  let error = 0;
  for (let paint = 0; paint < colors.length; paint++) {
    for (let channel = 0; channel < 3; channel++) {
      const expected = from[paint][channel] + (to[paint][channel] - from[paint][channel]) * t;
      error = Math.max(error, Math.abs(colors[paint][channel] - expected));
    }
  }
  return error;
}
