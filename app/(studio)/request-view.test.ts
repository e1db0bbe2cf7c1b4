import { describe, expect, it } from "vitest";
import { CALLBACK_URL_PLACEHOLDER, EXTERNAL_TASK_ID_PLACEHOLDER } from "@/lib/kling/request";
import { cameraTravel, promptCount, requestPreviewOf } from "./request-view";
import { DEFAULT_BATCH, DEFAULT_VALUES, type StudioValues } from "./studio-form-schema";

const PAN_5 = { type: "simple", config: { pan: 5 } } as const;
const VALUES: StudioValues = { ...DEFAULT_VALUES, prompt: "A lighthouse at dusk" };
const SENTENCE = " The camera pans steadily to the right.";

describe("cameraTravel", () => {
  it("sends the move as camera_control only on kling-v1 std 5 s, and says why not elsewhere", () => {
    expect(cameraTravel(VALUES)).toEqual({ delivery: "camera_control", reason: null });
    expect(cameraTravel({ ...VALUES, model_name: "kling-v2-6" })).toEqual({
      delivery: "prompt",
      reason: "kling-v2-6 does not take camera_control",
    });
    expect(cameraTravel({ ...VALUES, duration: "10" }).delivery).toBe("prompt");
  });
});

describe("promptCount", () => {
  it("counts the prompt alone when no direction is added", () => {
    expect(promptCount(VALUES)).toEqual({ prompt: 20, direction: 0, total: 20 });
    expect(promptCount({ ...VALUES, camera_intent: PAN_5 })).toEqual({ prompt: 20, direction: 0, total: 20 });
  });

  it("adds the camera direction, with the full stop that joins it, when the move is written into the prompt", () => {
    const count = promptCount({ ...VALUES, model_name: "kling-v2-6", camera_intent: PAN_5 });
    expect(count).toEqual({ prompt: 20, direction: SENTENCE.length + 1, total: 20 + SENTENCE.length + 1 });
    expect(
      promptCount({ ...VALUES, model_name: "kling-v3", camera_intent: PAN_5, camera_sentence: "Pan right." }).direction,
    ).toBe(12);
  });

  it("counts a sweep's longest direction", () => {
    const sweep: StudioValues = {
      ...VALUES,
      model_name: "kling-v2-6",
      batch: { ...DEFAULT_BATCH, kind: "sweep", axes: ["pan", "zoom"] },
    };
    const zoomIn = " The camera zooms in steadily, tightening the view.";
    expect(promptCount(sweep).direction).toBe(zoomIn.length + 1);
  });
});

describe("requestPreviewOf", () => {
  it("shows the exact body with the ids as placeholders", () => {
    const preview = requestPreviewOf(
      { ...VALUES, model_name: "kling-v2-6", camera_intent: PAN_5 },
      { callbacks: false, takes: 1 },
    );
    expect(JSON.parse(preview.json)).toEqual({
      model_name: "kling-v2-6",
      prompt: `A lighthouse at dusk.${SENTENCE}`,
      cfg_scale: 0.5,
      mode: "std",
      aspect_ratio: "16:9",
      duration: "5",
      sound: "off",
      external_task_id: EXTERNAL_TASK_ID_PLACEHOLDER,
    });
    expect(preview.json).toContain('\n  "model_name": "kling-v2-6",');
    expect(preview.note).toBeNull();
    expect(JSON.parse(requestPreviewOf(VALUES, { callbacks: true, takes: 1 }).json).callback_url).toBe(
      CALLBACK_URL_PLACEHOLDER,
    );
  });

  it("shows a sweep's first take, with its own move, and says how many follow", () => {
    const sweep: StudioValues = {
      ...VALUES,
      camera_intent: PAN_5,
      batch: { ...DEFAULT_BATCH, kind: "sweep", axes: ["zoom"] },
    };
    const preview = requestPreviewOf(sweep, { callbacks: false, takes: 2 });
    expect(JSON.parse(preview.json).camera_control).toEqual({
      type: "simple",
      config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 5 },
    });
    expect(preview.note).toBe(
      "The first of 2 takes: the other one carries a camera move of its own (sent as camera_control) and its own external_task_id.",
    );
  });

  it("says variations send the same body", () => {
    const preview = requestPreviewOf(
      { ...VALUES, batch: { ...DEFAULT_BATCH, kind: "variations", count: 3 } },
      { callbacks: false, takes: 3 },
    );
    expect(preview.note).toBe(
      "The first of 3 takes: the other 2 send the same body, each with its own external_task_id.",
    );
    expect(requestPreviewOf(VALUES, { callbacks: false, takes: Number.NaN }).note).toBeNull();
  });
});
