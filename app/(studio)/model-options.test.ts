import { describe, expect, it } from "vitest";
import { describeFix, describeRemixMove } from "./capability-rules";
import { modelOptions, retiredHint, type UnavailableModel, unavailableReason } from "./model-options";

const TODAY = "2026-11-30";
const REFUSED: UnavailableModel = {
  model: "kling-v2-master",
  since: "2026-11-02",
  message: "no permission for model kling-v2-master",
};

describe("modelOptions", () => {
  it("hides retired models until asked, but never the chosen one", () => {
    const shown = (current: "kling-v1" | "kling-v1-6", showRetired: boolean) =>
      modelOptions({ current, showRetired, unavailable: [], today: TODAY }).map((option) => option.model);
    expect(shown("kling-v1", false)).toEqual([
      "kling-v1",
      "kling-v2-master",
      "kling-v2-5-turbo",
      "kling-v2-6",
      "kling-v3",
    ]);
    expect(shown("kling-v1-6", false)).toContain("kling-v1-6");
    expect(shown("kling-v1-6", false)).not.toContain("kling-v2-1-master");
    expect(shown("kling-v1", true)).toHaveLength(7);
  });

  it("says when a shown model was retired, and disables a model Kling refused, with the date", () => {
    const options = modelOptions({ current: "kling-v1", showRetired: true, unavailable: [REFUSED], today: TODAY });
    expect(options.find((option) => option.model === "kling-v1-6")).toEqual({
      model: "kling-v1-6",
      label: "Kling 1.6 (kling-v1-6) — retired on 2026-09-15",
      disabled: false,
    });
    expect(options.find((option) => option.model === "kling-v2-master")).toEqual({
      model: "kling-v2-master",
      label: "Kling 2.0 Master (kling-v2-master) — unavailable since 2026-11-02",
      disabled: true,
    });
    const before = modelOptions({ current: "kling-v1", showRetired: true, unavailable: [], today: "2026-09-01" });
    expect(before.find((option) => option.model === "kling-v1-6")?.label).toBe(
      "Kling 1.6 (kling-v1-6) — retires on 2026-09-15",
    );
  });
});

describe("what the Model field says", () => {
  it("names the successor of a retired model", () => {
    expect(retiredHint("kling-v1-6", TODAY)).toBe(
      "Kling 1.6 retired on 2026-09-15. Kling may refuse it. Kling 2.6 (kling-v2-6) replaces it.",
    );
    expect(retiredHint("kling-v3", TODAY)).toBeNull();
  });

  it("gives Kling's refusal with its date and words", () => {
    expect(unavailableReason(REFUSED)).toBe(
      "Kling refused kling-v2-master for this account on 2026-11-02: “no permission for model kling-v2-master”",
    );
  });

  it("says what a change of model did to the other settings", () => {
    expect(
      describeFix({ field: "duration", from: "12", to: "10", reason: "kling-v2-6 makes clips of 5 or 10 s" }),
    ).toBe("Duration set to 10 s: kling-v2-6 makes clips of 5 or 10 s.");
    expect(describeFix({ field: "sound", from: "on", to: "off", reason: "kling-v1 makes no sound" })).toBe(
      "Sound turned off: kling-v1 makes no sound.",
    );
  });

  it("says which model a remix of a retired model's take uses, and why", () => {
    expect(describeRemixMove({ from: "kling-v1-6", retiredOn: "2026-09-15", to: "kling-v2-6", fixes: [] })).toBe(
      "Kling 1.6 (kling-v1-6) was retired on 2026-09-15, so this remix uses Kling 2.6 (kling-v2-6).",
    );
  });
});
