import { describe, expect, it } from "vitest";
import { type FittedSettings, fitToModel, nearestDuration } from "./fit-settings";

describe("nearestDuration", () => {
  it("keeps a duration the model makes", () => {
    expect(nearestDuration(["5", "10"], "10")).toBe("10");
  });

  it("takes the closest one the model makes", () => {
    expect(nearestDuration(["5", "10"], "3")).toBe("5");
    expect(nearestDuration(["5", "10"], "7")).toBe("5");
    expect(nearestDuration(["5", "10"], "8")).toBe("10");
    expect(nearestDuration(["5", "10"], "15")).toBe("10");
  });

  it("takes the shorter of two equally close durations", () => {
    expect(nearestDuration(["4", "6"], "5")).toBe("4");
  });
});

describe("fitToModel", () => {
  it("changes nothing when the model takes every setting", () => {
    const settings = { model_name: "kling-v3", mode: "std", duration: "12", sound: "on", prompt: "kept" } as const;
    const fitted = fitToModel(settings);
    expect(fitted.fixes).toEqual([]);
    expect(fitted.settings).toBe(settings);
  });

  it("moves a duration the model cannot make to the nearest one, and says why", () => {
    const fitted = fitToModel({ model_name: "kling-v2-6", mode: "std", duration: "12", sound: "off", prompt: "kept" });
    expect(fitted.settings).toEqual({
      model_name: "kling-v2-6",
      mode: "std",
      duration: "10",
      sound: "off",
      prompt: "kept",
    });
    expect(fitted.fixes).toEqual([
      { field: "duration", from: "12", to: "10", reason: "kling-v2-6 makes clips of 5 or 10 s" },
    ]);
  });

  it("turns sound off where the model or mode makes none", () => {
    expect(fitToModel({ model_name: "kling-v2-6", mode: "std", duration: "5", sound: "on" }).fixes).toEqual([
      { field: "sound", from: "on", to: "off", reason: "kling-v2-6 makes sound only in pro mode" },
    ]);
    expect(fitToModel({ model_name: "kling-v2-6", mode: "pro", duration: "5", sound: "on" }).fixes).toEqual([]);
    const silent = fitToModel({ model_name: "kling-v1", mode: "pro", duration: "3", sound: "on" });
    expect(silent.settings).toMatchObject({ duration: "5", sound: "off" });
    expect(silent.fixes.map((fix) => fix.field)).toEqual(["duration", "sound"]);
  });

  it("leaves an absent sound alone", () => {
    const settings: FittedSettings = { model_name: "kling-v1", mode: "std", duration: "5" };
    expect(fitToModel(settings).settings.sound).toBeUndefined();
  });
});
