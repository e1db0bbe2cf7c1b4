import { describe, expect, it } from "vitest";
import type { TakeView } from "@/lib/takes/view";
import { takeView } from "@/test/support/take-view";
import { compareRows } from "./compare-rows";

function take(params: Partial<TakeView["params"]>, patch: Partial<TakeView> = {}): TakeView {
  return takeView({ id: "x", ...patch }, params);
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
    expect(rows.map((row) => row.label)).toHaveLength(15);
  });

  it("shows no axis values for a preset or the model's choice", () => {
    const rows = compareRows([take({ camera_intent: { type: "down_back" } }), take({})]);
    expect(rows.find((row) => row.label === "Camera type")).toMatchObject({ differs: true });
    expect(rows.find((row) => row.label === "Camera tilt")).toMatchObject({ values: ["—", "—"], differs: false });
  });

  it("compares the measured moves and their verdicts, and says when there is none", () => {
    const pan = { type: "simple", config: { pan: 5 } } satisfies TakeView["params"]["camera_intent"];
    const rows = compareRows([
      take({ camera_intent: pan }, { cameraCheck: { move: "pan+", verdict: "followed", confidence: 0.9 } }),
      take({ camera_intent: pan }, { cameraCheck: { move: "static", verdict: "not_followed", confidence: 0.8 } }),
      take({ camera_intent: pan }, { cameraCheckPending: true }),
      take({}),
    ]);
    expect(rows.find((row) => row.label === "Measured move")).toEqual({
      label: "Measured move",
      values: ["pan right · Followed", "static · Not followed", "Not measured yet", "Nothing asked"],
      differs: true,
    });
  });
});
