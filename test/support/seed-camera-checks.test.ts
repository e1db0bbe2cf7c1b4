import { describe, expect, it } from "vitest";
import { measuredAmounts } from "@/lib/camera-check/measured-text";
import type { NewTake } from "@/lib/db/schema";
import { takeRow } from "@/test/support/take-rows";
import { seededCameraCheck } from "./seed-camera-checks";

const finishedAt = new Date("2026-11-20T10:00:00.000Z");
const row = (patch: Partial<NewTake> = {}): NewTake =>
  takeRow({
    id: "6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10",
    createdBy: "ana",
    prompt: "A fox",
    status: "ready",
    finishedAt,
    cameraIntent: { type: "simple", config: { pan: 5 } },
    ...patch,
  });

describe("seeded camera measurements", () => {
  it("measures a followed move as the move asked for, with its path, after the take finished", () => {
    const check = seededCameraCheck(row(), 0);
    expect(check).toMatchObject({
      cameraCheckMove: "pan+",
      cameraCheckVerdict: "followed",
      cameraCheckConfidence: 0.93,
    });
    expect(check.cameraCheckedAt?.getTime()).toBeGreaterThan(finishedAt.getTime());
    expect(check.cameraCheck?.frames).toBe(120);
    expect(measuredAmounts(check.cameraCheck?.path ?? [])).toEqual(["pan right 19°"]);
  });

  it("mixes the verdicts by the take's place in the seed, and leaves every fifth take unmeasured", () => {
    const verdicts = Array.from(
      { length: 14 },
      (_, index) => seededCameraCheck(row(), index).cameraCheckVerdict ?? "-",
    );
    expect(verdicts).toEqual([
      "followed",
      "followed",
      "partly",
      "followed",
      "-",
      "followed",
      "unclear",
      "followed",
      "followed",
      "-",
      "followed",
      "not_followed",
      "followed",
      "unclear",
    ]);
    expect(seededCameraCheck(row(), 11).cameraCheckMove).toBe("static");
  });

  it("gives a take with no intended move a measured move but no verdict", () => {
    expect(seededCameraCheck(row({ cameraIntent: null }), 1)).toMatchObject({
      cameraCheckMove: "static",
      cameraCheckVerdict: null,
    });
  });

  it("measures nothing of a failed take", () => {
    expect(seededCameraCheck(row({ status: "failed" }), 0)).toEqual({});
  });
});
