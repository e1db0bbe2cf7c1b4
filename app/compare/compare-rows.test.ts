import { describe, expect, it } from "vitest";
import type { GenerationView } from "@/lib/generations/view";
import { generationView } from "@/lib/testing/generation-view";
import { compareRows } from "./compare-rows";

function take(params: Partial<GenerationView["params"]>): GenerationView {
  return generationView({ id: "x" }, params);
}

describe("compare rows", () => {
  it("marks exactly the settings that differ, the six axes included", () => {
    const rows = compareRows([
      take({ camera_intent: { type: "simple", config: { pan: 5 } } }),
      take({ camera_intent: { type: "simple", config: { zoom: -3 } }, cfg_scale: 0.8 }),
    ]);
    const differing = rows.filter((row) => row.differs).map((row) => row.label);
    expect(differing).toEqual(["CFG scale", "Camera pan", "Camera zoom"]);
    expect(rows.find((row) => row.label === "Camera pan")?.values).toEqual(["+5", "0"]);
    expect(rows.map((row) => row.label)).toHaveLength(14);
  });

  it("shows no axis values for a preset or the model's choice", () => {
    const rows = compareRows([take({ camera_intent: { type: "down_back" } }), take({})]);
    expect(rows.find((row) => row.label === "Camera type")).toMatchObject({ differs: true });
    expect(rows.find((row) => row.label === "Camera tilt")).toMatchObject({ values: ["—", "—"], differs: false });
  });
});
