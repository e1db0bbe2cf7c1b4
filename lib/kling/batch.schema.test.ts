import { describe, expect, it } from "vitest";
import { batchSize, expandBatch, sweepMoves, takeBatchSchema } from "./batch.schema";
import { finalPromptOf } from "./request";
import { DEFAULT_PARAMS, type TakeParams, takeParamsSchema } from "./schema";

const PARAMS: TakeParams = { ...DEFAULT_PARAMS, prompt: "A lighthouse at dusk" };

function issuesOf(input: unknown) {
  const result = takeBatchSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("takeBatchSchema", () => {
  it("accepts 1 to 8 variations and refuses 0, 9 and fractions", () => {
    for (const count of [1, 8]) expect(issuesOf({ params: PARAMS, plan: { kind: "variations", count } })).toEqual([]);
    for (const count of [0, 9, 2.5]) {
      expect(issuesOf({ params: PARAMS, plan: { kind: "variations", count } })[0]?.path).toBe("plan.count");
    }
  });

  it("expands a two-axis sweep with both signs into four one-axis takes", () => {
    const batch = takeBatchSchema.parse({
      params: PARAMS,
      plan: { kind: "sweep", axes: ["zoom", "pan"], magnitude: 5, bothSigns: true },
    });
    const takes = expandBatch(batch);
    expect(takes.map((take) => take.camera_intent)).toEqual([
      { type: "simple", config: { pan: 5 } },
      { type: "simple", config: { pan: -5 } },
      { type: "simple", config: { zoom: 5 } },
      { type: "simple", config: { zoom: -5 } },
    ]);
    // Every take is a valid request on its own.
    for (const take of takes) expect(takeParamsSchema.safeParse(take).success).toBe(true);
    expect(batchSize(batch.plan)).toBe(4);
  });

  it("sweeps all six axes at ±5 into twelve takes", () => {
    const moves = sweepMoves({
      axes: ["horizontal", "vertical", "pan", "tilt", "roll", "zoom"],
      magnitude: 5,
      bothSigns: true,
    });
    expect(moves).toHaveLength(12);
  });

  it("sweeps on every model: where camera_control is not taken, each take words its own move", () => {
    const batch = takeBatchSchema.parse({
      params: { ...PARAMS, model_name: "kling-v2-6", mode: "pro", duration: "10" },
      plan: { kind: "sweep", axes: ["pan"], magnitude: 5, bothSigns: true },
    });
    const takes = expandBatch(batch);
    expect(takes.map((take) => finalPromptOf(take))).toEqual([
      "A lighthouse at dusk. The camera pans steadily to the right.",
      "A lighthouse at dusk. The camera pans steadily to the left.",
    ]);
  });

  it("refuses a sweep whose longest camera direction would take the prompt past 2500 characters", () => {
    const issues = issuesOf({
      params: { ...PARAMS, model_name: "kling-v2-6", prompt: "x".repeat(2480) },
      plan: { kind: "sweep", axes: ["pan"], magnitude: 5, bothSigns: false },
    });
    expect(issues.map((issue) => issue.path)).toEqual(["params.prompt"]);
    expect(issues[0].message).toMatch(/2520 characters/);
  });

  it("refuses a sweep that also carries its own camera move", () => {
    const issues = issuesOf({
      params: { ...PARAMS, camera_intent: { type: "down_back" } },
      plan: { kind: "sweep", axes: ["pan"], magnitude: 5, bothSigns: false },
    });
    expect(issues.map((issue) => issue.path)).toEqual(["params.camera_intent"]);
  });

  it("refuses an empty sweep, repeated axes and sizes outside (0, 10]", () => {
    const base = { kind: "sweep", axes: ["pan"], magnitude: 5, bothSigns: false };
    expect(issuesOf({ params: PARAMS, plan: { ...base, axes: [] } })[0]?.path).toBe("plan.axes");
    expect(issuesOf({ params: PARAMS, plan: { ...base, axes: ["pan", "pan"] } })[0]?.path).toBe("plan.axes");
    expect(issuesOf({ params: PARAMS, plan: { ...base, magnitude: 0 } })[0]?.path).toBe("plan.magnitude");
    expect(issuesOf({ params: PARAMS, plan: { ...base, magnitude: 10.5 } })[0]?.path).toBe("plan.magnitude");
  });

  it("keeps the shared capability rules on every take's parameters", () => {
    const issues = issuesOf({
      params: { ...PARAMS, model_name: "kling-v2-6", sound: "on" },
      plan: { kind: "variations", count: 2 },
    });
    expect(issues).toEqual([{ path: "params.sound", message: "kling-v2-6 makes sound only in pro mode" }]);
  });
});
