/**
 * The measured path for drawing: per-pair steps summed over time and read the way the classification
 * reads them. For a translation, the picture's sideways, vertical or radial motion was the camera
 * travelling, so that share becomes metres (at the assumed scene depth) instead of turning or zooming.
 */

import type { RotationStep } from "./flow-model";
import { ASSUMED_DEPTH_M, MAX_PATH_SAMPLES, type MeasuredMove, type PathSample } from "./measurement";

/** What part of the image motion was the camera travelling. */
type Reading = { sideways: boolean; vertical: boolean; radial: boolean };

function readingOf(move: MeasuredMove): Reading {
  return {
    sideways: move === "horizontal+" || move === "horizontal-",
    vertical: move === "vertical+" || move === "vertical-" || move === "forward_up" || move === "down_back",
    radial: ["forward_up", "down_back", "right_turn_forward", "left_turn_forward"].includes(move),
  };
}

/**
 * Cumulative samples at each pair's end time (plus t = 0), thinned to at most MAX_PATH_SAMPLES by
 * linear interpolation. `times` are the pairs' end times, normalized to 0..1.
 */
export function buildPath(input: { steps: RotationStep[]; times: number[]; move: MeasuredMove }): PathSample[] {
  const reading = readingOf(input.move);
  const full: PathSample[] = [{ t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 }];
  let current = full[0];
  for (const [i, step] of input.steps.entries()) {
    const yaw = current.yaw + (reading.sideways ? 0 : step.yaw);
    let { x, y, z } = current;
    if (reading.sideways) x += ASSUMED_DEPTH_M * step.yaw;
    if (reading.vertical) y += ASSUMED_DEPTH_M * step.pitch;
    if (reading.radial) {
      // Growing by a factor s at depth D means the camera came D·(1 − 1/s) closer.
      const forward = ASSUMED_DEPTH_M * (1 - 2 ** step.zoom);
      x += forward * Math.sin(yaw);
      z -= forward * Math.cos(yaw);
    }
    current = {
      t: clamp01(input.times[i]),
      yaw,
      pitch: current.pitch + (reading.vertical ? 0 : step.pitch),
      roll: current.roll + step.roll,
      zoom: current.zoom + (reading.radial ? 0 : step.zoom),
      x,
      y,
      z,
    };
    full.push(current);
  }
  return thin(full, MAX_PATH_SAMPLES).map(rounded);
}

/** Evenly spaced samples in t, interpolated, first and last kept. */
function thin(samples: PathSample[], count: number): PathSample[] {
  if (samples.length <= count) return samples;
  const out: PathSample[] = [];
  const last = samples[samples.length - 1].t;
  let j = 0;
  for (let i = 0; i < count; i++) {
    const t = (last * i) / (count - 1);
    while (j < samples.length - 2 && samples[j + 1].t < t) j++;
    const a = samples[j];
    const b = samples[j + 1];
    const k = b.t > a.t ? clamp01((t - a.t) / (b.t - a.t)) : 0;
    out.push({
      t,
      yaw: a.yaw + (b.yaw - a.yaw) * k,
      pitch: a.pitch + (b.pitch - a.pitch) * k,
      roll: a.roll + (b.roll - a.roll) * k,
      zoom: a.zoom + (b.zoom - a.zoom) * k,
      x: a.x + (b.x - a.x) * k,
      y: a.y + (b.y - a.y) * k,
      z: a.z + (b.z - a.z) * k,
    });
  }
  return out;
}

function rounded(sample: PathSample): PathSample {
  const r = (value: number) => Math.round(value * 1e4) / 1e4;
  return {
    t: r(sample.t),
    yaw: r(sample.yaw),
    pitch: r(sample.pitch),
    roll: r(sample.roll),
    zoom: r(sample.zoom),
    x: r(sample.x),
    y: r(sample.y),
    z: r(sample.z),
  };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
