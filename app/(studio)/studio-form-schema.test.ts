import { describe, expect, it } from "vitest";
import {
  DEFAULT_BATCH,
  DEFAULT_VALUES,
  planOf,
  type StudioValues,
  studioFormSchema,
  studioResolver,
} from "./studio-form-schema";

const VALUES: StudioValues = { ...DEFAULT_VALUES, prompt: "A lighthouse at dusk" };

async function errorPaths(values: StudioValues): Promise<string[]> {
  const result = await studioResolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node !== "object" || node === null) return;
    if ("message" in node && typeof node.message === "string") paths.push(prefix);
    for (const [key, child] of Object.entries(node))
      if (key !== "ref" && key !== "message" && key !== "type") walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(result.errors, "");
  return paths;
}

describe("the studio form's validation", () => {
  it("accepts the defaults with a prompt", async () => {
    expect(await errorPaths(VALUES)).toEqual([]);
  });

  it("checks only the chosen batch kind's settings", async () => {
    expect(await errorPaths({ ...VALUES, batch: { ...DEFAULT_BATCH, count: Number.NaN } })).toEqual([]);
    expect(await errorPaths({ ...VALUES, batch: { ...DEFAULT_BATCH, kind: "variations", count: 9 } })).toEqual([
      "batch.count",
    ]);
    expect(await errorPaths({ ...VALUES, batch: { ...DEFAULT_BATCH, kind: "sweep", axes: [] } })).toEqual([
      "batch.axes",
    ]);
  });

  it("accepts a sweep on a model without camera_control: the moves travel in the prompt", async () => {
    expect(
      await errorPaths({ ...VALUES, model_name: "kling-v2-6", batch: { ...DEFAULT_BATCH, kind: "sweep" } }),
    ).toEqual([]);
  });

  it("ignores the single camera move during a sweep, and puts a bad one on camera_intent otherwise", async () => {
    const unfinished: StudioValues = { ...VALUES, camera_intent: { type: "simple", config: {} } };
    expect(await errorPaths({ ...unfinished, batch: { ...DEFAULT_BATCH, kind: "sweep" } })).toEqual([]);
    expect((await errorPaths(unfinished))[0]).toMatch(/^camera_intent/);
  });

  it("keeps the shared capability rules", () => {
    const result = studioFormSchema.safeParse({ ...VALUES, model_name: "kling-v1", duration: "12" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["duration"]);
  });
});

describe("planOf", () => {
  it("sends nothing for one take and the chosen kind's settings for a batch", () => {
    expect(planOf(DEFAULT_BATCH)).toBeNull();
    expect(planOf({ ...DEFAULT_BATCH, kind: "variations", count: 3 })).toEqual({ kind: "variations", count: 3 });
    expect(planOf({ ...DEFAULT_BATCH, kind: "sweep" })).toEqual({
      kind: "sweep",
      axes: DEFAULT_BATCH.axes,
      magnitude: DEFAULT_BATCH.magnitude,
      bothSigns: DEFAULT_BATCH.bothSigns,
    });
  });
});
