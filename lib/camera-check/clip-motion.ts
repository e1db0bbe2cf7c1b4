/**
 * Follows a clip frame by frame: block flow between each frame and the next, the robust fit, and the
 * per-cell sums for the parallax test. Pure computation with a bounded cost per frame, so the caller can
 * yield to the event loop between frames; only the last frame is kept.
 */
import { REST_FOV_Y } from "@/lib/camera/pose";
import { type BlockFlow, blockFlow, buildPyramid, type FramePyramid } from "./block-flow";
import type { ClipEvidence } from "./classify";
import { addSteps, type FrameGeometry, flowAt, type RotationStep, toSamples, ZERO_STEP } from "./flow-model";
import type { GrayFrame } from "./gray-frame";
import { fitPair } from "./motion-fit";
import { addPairToGains, axisParallax, createGainField, type GainField } from "./parallax";

export type ClipMotion = {
  /**
   * Adds the next frame (at `timeSec` into the clip) and measures the motion from the previous one. The
   * work comes in a few slices of a couple of milliseconds each: run the generator to the end, and yield
   * to the event loop between its steps.
   */
  add(frame: GrayFrame, timeSec: number): Generator<void, void, void>;
  /** what the classifier needs, from the frames added so far */
  evidence(): ClipEvidence;
  /** per-pair steps and the end time of each pair, seconds */
  steps(): { steps: RotationStep[]; times: number[] };
  frames(): number;
};

/** The block grid is matched in this many horizontal bands, one slice of work each. */
const BANDS = 3;
/** A pair with fewer textured blocks, or a smaller share of them agreeing, is not measured. */
const MIN_BLOCKS = 6;
const MIN_INLIER_SHARE = 0.3;

/**
 * Frame geometry for a decoded size. Video does not carry its field of view; the sandbox's vertical 50°
 * (the pose model's rest pose) is assumed, which is also a common lens for generated video.
 */
export function geometryFor(width: number, height: number): FrameGeometry {
  return { width, height, focal: height / 2 / Math.tan(REST_FOV_Y / 2) };
}

export function createClipMotion(geometry: FrameGeometry): ClipMotion {
  const { width, height, focal } = geometry;
  const gains: GainField = createGainField();
  const steps: RotationStep[] = [];
  const times: number[] = [];
  let previous: FramePyramid | undefined;
  let last: RotationStep = ZERO_STEP;
  let frameCount = 0;
  let inlierSum = 0;
  let blockSum = 0;
  let lost = 0;
  return {
    *add(frame, timeSec) {
      if (frame.width !== width || frame.height !== height) throw new Error("frame size changed mid-clip");
      const pyramid = buildPyramid(frame);
      frameCount++;
      const before = previous;
      previous = pyramid;
      if (!before) return;
      const expected = last;
      // The last pair's motion is the best guess for this one: camera moves are smooth.
      const predict = (x: number, y: number) => {
        const flow = flowAt(expected, { x: (x - width / 2) / focal, y: (y - height / 2) / focal });
        return { u: flow.u * focal, v: flow.v * focal };
      };
      const blocks: BlockFlow[] = [];
      for (let band = 0; band < BANDS; band++) {
        blocks.push(...blockFlow(before, pyramid, { predict, rows: [band / BANDS, (band + 1) / BANDS] }));
        yield;
      }
      const fit = fitPair(toSamples(blocks, geometry), { focal, seed: steps.length + 1 });
      inlierSum += fit.inlierShare;
      blockSum += fit.samples.length;
      times.push(timeSec);
      // A cut, a flash or a featureless frame leaves no group of blocks moving together; such a pair
      // says nothing about the camera and counts as still rather than as a wild guess.
      if (fit.samples.length < MIN_BLOCKS || fit.inlierShare < MIN_INLIER_SHARE) {
        lost++;
        steps.push(ZERO_STEP);
        return;
      }
      addPairToGains(gains, fit);
      steps.push(fit.rotation);
      last = fit.rotation;
    },
    evidence() {
      const pairs = Math.max(1, steps.length);
      return {
        total: steps.reduce(addSteps, ZERO_STEP),
        steps: [...steps],
        parallax: {
          yaw: axisParallax(gains, "yaw"),
          pitch: axisParallax(gains, "pitch"),
          zoom: axisParallax(gains, "zoom"),
        },
        meanRadius: meanRadius(geometry),
        inlierShare: inlierSum / pairs,
        blocksPerPair: blockSum / pairs,
        lostShare: lost / pairs,
      };
    },
    steps: () => ({ steps: [...steps], times: [...times] }),
    frames: () => frameCount,
  };
}

/** Mean distance from the centre over the frame, normalized units. */
function meanRadius(geometry: FrameGeometry): number {
  const { width, height, focal } = geometry;
  let sum = 0;
  const n = 16;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = (((i + 0.5) / n - 0.5) * width) / focal;
      const y = (((j + 0.5) / n - 0.5) * height) / focal;
      sum += Math.hypot(x, y);
    }
  }
  return sum / (n * n);
}
