import { describe, expect, it } from "vitest";
import { parseDraft } from "./draft";
import { DEFAULT_BATCH, DEFAULT_VALUES } from "./studio-form-schema";

describe("parseDraft", () => {
  it("reads back what the form saves, sound and the creator's camera direction included", () => {
    const values = {
      ...DEFAULT_VALUES,
      model_name: "kling-v3",
      prompt: "A windmill",
      duration: "12",
      sound: "on",
      camera_intent: { type: "simple", config: { pan: 5 } },
      camera_sentence: "Slow pan right.",
    } as const;
    expect(parseDraft(JSON.parse(JSON.stringify(values)))).toEqual(values);
  });

  it("reads an old draft's camera_control as the camera move, with sound off and the studio's wording", () => {
    const old = { model_name: "kling-v1", prompt: "A windmill", camera_control: { type: "forward_up" } };
    const draft = parseDraft(old);
    expect(draft).toMatchObject({ camera_intent: { type: "forward_up" }, sound: "off" });
    expect(draft?.camera_sentence).toBeUndefined();
    expect(draft).not.toHaveProperty("camera_control");
  });

  it("fits a draft's settings to its model", () => {
    expect(parseDraft({ ...DEFAULT_VALUES, model_name: "kling-v2-6", duration: "12", sound: "on" })).toMatchObject({
      duration: "10",
      sound: "off",
    });
  });

  it("falls back field by field, and refuses what is not a draft", () => {
    expect(parseDraft({ model_name: "kling-v9", batch: "lots" })).toMatchObject({
      model_name: "kling-v1",
      batch: DEFAULT_BATCH,
    });
    expect(parseDraft("a string")).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});
