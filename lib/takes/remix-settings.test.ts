import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, type TakeParams } from "@/lib/kling/schema";
import { remixSettingsOf } from "./remix-settings";

const PAN_5 = { type: "simple", config: { pan: 5 } } as const;
const TAKE: TakeParams = { ...DEFAULT_PARAMS, prompt: "A lighthouse at dusk", camera_intent: PAN_5 };

describe("remixSettingsOf", () => {
  it("keeps a take of a current model as it was", () => {
    const params: TakeParams = { ...TAKE, model_name: "kling-v2-6", mode: "pro", duration: "10", sound: "on" };
    expect(remixSettingsOf(params, "2026-11-30")).toEqual({ params, moved: null });
  });

  it("keeps a retired model's take before its retirement day", () => {
    const params: TakeParams = { ...TAKE, model_name: "kling-v1-6" };
    expect(remixSettingsOf(params, "2026-09-14").moved).toBeNull();
  });

  it("moves a retired model's take to its successor, with the move and everything else kept", () => {
    const remix = remixSettingsOf({ ...TAKE, model_name: "kling-v1-6", mode: "pro", duration: "10" }, "2026-09-15");
    expect(remix.params).toEqual({ ...TAKE, model_name: "kling-v2-6", mode: "pro", duration: "10" });
    expect(remix.moved).toEqual({ from: "kling-v1-6", retiredOn: "2026-09-15", to: "kling-v2-6", fixes: [] });
  });

  it("moves kling-v2-1-master to kling-v3, which takes its mode and duration as they were", () => {
    const remix = remixSettingsOf(
      { ...TAKE, model_name: "kling-v2-1-master", mode: "pro", duration: "10" },
      "2026-11-30",
    );
    expect(remix.params).toMatchObject({ model_name: "kling-v3", mode: "pro", duration: "10", sound: "off" });
    expect(remix.moved).toMatchObject({ from: "kling-v2-1-master", to: "kling-v3", fixes: [] });
  });
});
