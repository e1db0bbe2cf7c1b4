import { describe, expect, it } from "vitest";
import {
  buildText2VideoBody,
  CALLBACK_URL_PLACEHOLDER,
  cameraDelivery,
  EXTERNAL_TASK_ID_PLACEHOLDER,
  requestPreview,
  withSubmitFields,
} from "./request";
import { DEFAULT_PARAMS, type TakeParams, takeParamsSchema, text2VideoRequestSchema } from "./schema";

const BASE: TakeParams = { ...DEFAULT_PARAMS, prompt: "A lighthouse at dusk" };
const PAN_5 = { type: "simple", config: { pan: 5 } } as const;

describe("the create body", () => {
  it("sends camera_control on kling-v1 std 5 s, all six axes spelled out, and leaves the prompt alone", () => {
    const settings = { ...BASE, camera_intent: PAN_5 };
    expect(cameraDelivery(settings)).toBe("camera_control");
    expect(buildText2VideoBody(settings)).toEqual({
      model_name: "kling-v1",
      prompt: "A lighthouse at dusk",
      cfg_scale: 0.5,
      mode: "std",
      aspect_ratio: "16:9",
      duration: "5",
      camera_control: { type: "simple", config: { horizontal: 0, vertical: 0, pan: 5, tilt: 0, roll: 0, zoom: 0 } },
    });
  });

  it("writes the move into the prompt on every other model and setting, never as camera_control", () => {
    for (const change of [
      { model_name: "kling-v2-6" },
      { mode: "pro" },
      { duration: "10" },
      { model_name: "kling-v3", duration: "12" },
    ] as const) {
      const body = buildText2VideoBody({ ...BASE, ...change, camera_intent: PAN_5 });
      expect(cameraDelivery({ ...BASE, ...change, camera_intent: PAN_5 })).toBe("prompt");
      expect(body.camera_control).toBeUndefined();
      expect(body.prompt).toBe("A lighthouse at dusk. The camera pans steadily to the right.");
    }
  });

  it("uses the creator's own camera direction when there is one", () => {
    const body = buildText2VideoBody({
      ...BASE,
      model_name: "kling-v3",
      camera_intent: PAN_5,
      camera_sentence: " Slow pan right. ",
    });
    expect(body.prompt).toBe("A lighthouse at dusk. Slow pan right.");
  });

  it("sends sound only to models that have the option, off unless asked", () => {
    expect(buildText2VideoBody(BASE).sound).toBeUndefined();
    expect(buildText2VideoBody({ ...BASE, model_name: "kling-v3" }).sound).toBe("off");
    expect(buildText2VideoBody({ ...BASE, model_name: "kling-v3", sound: "on" }).sound).toBe("on");
    expect(buildText2VideoBody({ ...BASE, model_name: "kling-v2-6", mode: "pro", sound: "on" }).sound).toBe("on");
  });

  it("keeps the duration a string and the contract's key order, ids last", () => {
    const body = withSubmitFields(
      buildText2VideoBody({ ...BASE, model_name: "kling-v3", duration: "12", negative_prompt: "blur" }),
      {
        externalTaskId: "take-1",
        callbackUrl: "https://studio.example/api/kling/callback",
      },
    );
    expect(Object.keys(body)).toEqual([
      "model_name",
      "prompt",
      "negative_prompt",
      "cfg_scale",
      "mode",
      "aspect_ratio",
      "duration",
      "sound",
      "external_task_id",
      "callback_url",
    ]);
    expect(body.duration).toBe("12");
  });

  it("is a body the wire schema accepts, for every model with and without a move", () => {
    for (const model_name of [
      "kling-v1",
      "kling-v1-6",
      "kling-v2-master",
      "kling-v2-5-turbo",
      "kling-v2-6",
      "kling-v3",
    ] as const) {
      for (const camera_intent of [undefined, PAN_5, { type: "down_back" } as const]) {
        const body = buildText2VideoBody({ ...BASE, model_name, camera_intent });
        expect(text2VideoRequestSchema.safeParse(body).success).toBe(true);
      }
    }
  });

  it("previews the ids assigned at submit as placeholders, the callback only when callbacks are on", () => {
    const preview = requestPreview({ ...BASE, camera_intent: PAN_5 }, { callbacks: false });
    expect(preview.external_task_id).toBe(EXTERNAL_TASK_ID_PLACEHOLDER);
    expect(preview.callback_url).toBeUndefined();
    expect(requestPreview(BASE, { callbacks: true }).callback_url).toBe(CALLBACK_URL_PLACEHOLDER);
  });
});

describe("the settings schema", () => {
  it("counts the camera direction in the 2500-character limit, on the prompt", () => {
    const long = { ...BASE, model_name: "kling-v2-6", prompt: "x".repeat(2480), camera_intent: PAN_5 };
    const result = takeParamsSchema.safeParse(long);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["prompt", "With the camera direction the prompt is 2520 characters; keep both under 2500 together"],
    ]);
    // On kling-v1 std 5 s the move is camera_control, so the prompt alone counts.
    expect(takeParamsSchema.safeParse({ ...long, model_name: "kling-v1" }).success).toBe(true);
  });

  it("refuses an emptied camera direction while a move is set", () => {
    const result = takeParamsSchema.safeParse({
      ...BASE,
      model_name: "kling-v3",
      camera_intent: PAN_5,
      camera_sentence: "  ",
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["camera_sentence"]);
  });

  it("takes kling-v3 durations from 3 to 15 s and refuses them on older models", () => {
    for (const duration of ["3", "12", "15"] as const) {
      expect(takeParamsSchema.safeParse({ ...BASE, model_name: "kling-v3", duration }).success).toBe(true);
    }
    const old = takeParamsSchema.safeParse({ ...BASE, model_name: "kling-v2-6", duration: "12" });
    expect(old.error?.issues.map((issue) => issue.message)).toEqual(["kling-v2-6 makes clips of 5 or 10 s, not 12 s"]);
    expect(takeParamsSchema.safeParse({ ...BASE, model_name: "kling-v3", duration: "16" }).success).toBe(false);
    expect(takeParamsSchema.safeParse({ ...BASE, model_name: "kling-v3", duration: 12 }).success).toBe(false);
  });

  it("takes sound on kling-v3 in either mode and on kling-v2-6 only in pro", () => {
    const sound = (change: Partial<TakeParams>) =>
      takeParamsSchema.safeParse({ ...BASE, ...change, sound: "on" }).error?.issues.map((issue) => issue.message) ?? [];
    expect(sound({ model_name: "kling-v3" })).toEqual([]);
    expect(sound({ model_name: "kling-v3", mode: "pro" })).toEqual([]);
    expect(sound({ model_name: "kling-v2-6", mode: "pro" })).toEqual([]);
    expect(sound({ model_name: "kling-v2-6" })).toEqual(["kling-v2-6 makes sound only in pro mode"]);
    expect(sound({ model_name: "kling-v1" })).toEqual(["kling-v1 makes no sound"]);
  });
});
