import { describe, expect, test } from "vitest";
import { type ClipEvidence, classifyClip } from "./classify";
import { type RotationStep, ZERO_STEP } from "./flow-model";
import { MAX_PATH_SAMPLES } from "./measurement";
import { buildPath } from "./path";

const DEG = Math.PI / 180;

/** Evidence for a clip whose total is spread evenly over `pairs` steps, with clean data. */
function evidence(total: Partial<RotationStep>, extra: Partial<ClipEvidence> = {}): ClipEvidence {
  const full = { ...ZERO_STEP, ...total };
  const pairs = 40;
  const step = { yaw: full.yaw / pairs, pitch: full.pitch / pairs, roll: full.roll / pairs, zoom: full.zoom / pairs };
  return {
    total: full,
    steps: Array.from({ length: pairs }, () => step),
    parallax: {
      yaw: { spread: 0.05, median: 1, cells: 100 },
      pitch: { spread: 0.05, median: 1, cells: 100 },
      zoom: { spread: 0.05, median: 1, cells: 100 },
    },
    meanRadius: 0.47,
    inlierShare: 0.9,
    blocksPerPair: 100,
    lostShare: 0,
    ...extra,
  };
}

const withParallax = (axis: "yaw" | "pitch" | "zoom", spread: number) => ({
  parallax: { ...evidence({}).parallax, [axis]: { spread, median: 1, cells: 100 } },
});

describe("classifyClip", () => {
  test("less than about a degree of motion is static", () => {
    expect(classifyClip(evidence({ yaw: 0.5 * DEG })).move).toBe("static");
    expect(classifyClip(evidence({})).confidence).toBe(1);
  });

  test("one dominant axis is that axis's simple move, signed like the API", () => {
    expect(classifyClip(evidence({ yaw: 20 * DEG })).move).toBe("pan+");
    expect(classifyClip(evidence({ pitch: -12 * DEG })).move).toBe("tilt-");
    expect(classifyClip(evidence({ roll: 20 * DEG })).move).toBe("roll+");
    expect(classifyClip(evidence({ zoom: 0.6 })).move).toBe("zoom+");
    expect(classifyClip(evidence({ zoom: -0.6 })).confidence).toBeGreaterThan(0.9);
  });

  test("sideways or vertical motion whose size varies with depth is a truck or a pedestal", () => {
    expect(classifyClip(evidence({ yaw: -12 * DEG }, withParallax("yaw", 0.8))).move).toBe("horizontal-");
    expect(classifyClip(evidence({ pitch: 6 * DEG }, withParallax("pitch", 0.8))).move).toBe("vertical+");
  });

  test("a turn with a push in is a turning preset; rising or sinking with a push or pull is the matching preset", () => {
    expect(classifyClip(evidence({ yaw: 40 * DEG, zoom: -0.8 })).move).toBe("right_turn_forward");
    expect(classifyClip(evidence({ yaw: -40 * DEG, zoom: -0.8 })).move).toBe("left_turn_forward");
    expect(classifyClip(evidence({ pitch: 11 * DEG, zoom: -0.66 })).move).toBe("forward_up");
    expect(classifyClip(evidence({ pitch: -9 * DEG, zoom: 0.66 })).move).toBe("down_back");
  });

  test("a radial motion with depth-dependent size is travel, read as the nearest preset", () => {
    expect(classifyClip(evidence({ zoom: -0.6 }, withParallax("zoom", 1.2))).move).toBe("forward_up");
    expect(classifyClip(evidence({ zoom: 0.6 }, withParallax("zoom", 1.2))).move).toBe("down_back");
  });

  test("two unrelated motions of similar size are unclear", () => {
    expect(classifyClip(evidence({ yaw: 15 * DEG, pitch: 14 * DEG })).move).toBe("unclear");
  });

  test("a camera that turns away and comes back is unclear, not static", () => {
    const steps = [...Array(20).fill({ ...ZERO_STEP, yaw: DEG }), ...Array(20).fill({ ...ZERO_STEP, yaw: -DEG })];
    expect(classifyClip({ ...evidence({}), steps }).move).toBe("unclear");
  });

  test("a clip with almost no texture is unclear with no confidence", () => {
    expect(classifyClip(evidence({ yaw: 20 * DEG }, { blocksPerPair: 2 }))).toMatchObject({
      move: "unclear",
      confidence: 0,
    });
  });

  test("pairs that could not be measured lower the confidence", () => {
    const clean = classifyClip(evidence({ yaw: 20 * DEG })).confidence;
    expect(classifyClip(evidence({ yaw: 20 * DEG }, { lostShare: 0.5 })).confidence).toBeLessThan(clean * 0.6);
  });
});

describe("buildPath", () => {
  const steps = Array.from({ length: 80 }, () => ({ ...ZERO_STEP, yaw: 0.01, zoom: -0.01 }));
  const times = steps.map((_, i) => (i + 1) / steps.length);

  test("keeps at most 48 samples from t = 0 to 1, the last one the clip's total", () => {
    const path = buildPath({ steps, times, move: "pan+" });
    expect(path).toHaveLength(MAX_PATH_SAMPLES);
    expect(path[0]).toEqual({ t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 });
    expect(path[path.length - 1]).toMatchObject({ t: 1, yaw: 0.8, zoom: -0.8, x: 0 });
  });

  test("a turning preset keeps the turn and reads the push in as travel along the heading (−z, then right)", () => {
    const end = buildPath({ steps, times, move: "right_turn_forward" }).at(-1);
    expect(end).toMatchObject({ yaw: 0.8, zoom: 0 });
    expect(end?.z).toBeLessThan(-2);
    expect(end?.x).toBeGreaterThan(0.5);
  });

  test("a truck reads the sideways motion as metres to the right instead of a turn", () => {
    const end = buildPath({ steps, times, move: "horizontal+" }).at(-1);
    expect(end?.yaw).toBe(0);
    expect(end?.x).toBeCloseTo(7 * 0.8, 3);
  });
});
