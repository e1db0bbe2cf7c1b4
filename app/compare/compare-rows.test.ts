import { describe, expect, it } from "vitest";
import type { GenerationView } from "@/lib/generations/view";
import { compareRows } from "./compare-rows";

function take(params: Partial<GenerationView["params"]>): GenerationView {
  return {
    id: "x",
    createdAt: "",
    updatedAt: "",
    createdBy: "studio",
    creatorName: "Studio",
    status: "ready",
    reviewState: "unreviewed",
    params: {
      model_name: "kling-v1",
      prompt: "a fox",
      negative_prompt: "",
      cfg_scale: 0.5,
      mode: "std",
      aspect_ratio: "16:9",
      duration: "5",
      camera_control: null,
      ...params,
    },
    upstreamTaskId: null,
    failureCode: null,
    failureMessage: null,
    retryNote: null,
    unitsEstimated: 1,
    unitsCharged: null,
    submittedAt: null,
    upstreamFinishedAt: null,
    finishedAt: null,
    videoUrl: "/media/videos/x.mp4",
    posterUrl: null,
    videoDurationMs: 5000,
  };
}

describe("compare rows", () => {
  it("marks exactly the settings that differ, the six axes included", () => {
    const rows = compareRows([
      take({ camera_control: { type: "simple", config: { pan: 5 } } }),
      take({ camera_control: { type: "simple", config: { zoom: -3 } }, cfg_scale: 0.8 }),
    ]);
    const differing = rows.filter((row) => row.differs).map((row) => row.label);
    expect(differing).toEqual(["CFG scale", "Camera pan", "Camera zoom"]);
    expect(rows.find((row) => row.label === "Camera pan")?.values).toEqual(["+5", "0"]);
    expect(rows.map((row) => row.label)).toHaveLength(14);
  });

  it("shows no axis values for a preset or the model's choice", () => {
    const rows = compareRows([take({ camera_control: { type: "down_back" } }), take({})]);
    expect(rows.find((row) => row.label === "Camera type")).toMatchObject({ differs: true });
    expect(rows.find((row) => row.label === "Camera tilt")).toMatchObject({ values: ["—", "—"], differs: false });
  });
});
