import { describe, expect, it } from "vitest";
import type { CameraCheckSummary } from "@/lib/camera-check/camera-check";
import { measurementArrived } from "./use-refresh-on-measurement";

const check: CameraCheckSummary = { move: "pan+", verdict: "followed", confidence: 0.9 };

describe("whether a landed measurement needs the page's data again", () => {
  it("asks when the live take has a verdict the page has no figures for", () => {
    expect(
      measurementArrived({ wasPending: true, take: { cameraCheck: check, cameraCheckPending: false }, stored: false }),
    ).toBe(true);
  });

  it("asks when a take with no intended move stops waiting for its measurement", () => {
    expect(
      measurementArrived({ wasPending: true, take: { cameraCheck: null, cameraCheckPending: false }, stored: false }),
    ).toBe(true);
  });

  it("does not ask while the measurement is on its way, or when the page already has it", () => {
    expect(
      measurementArrived({ wasPending: true, take: { cameraCheck: null, cameraCheckPending: true }, stored: false }),
    ).toBe(false);
    expect(
      measurementArrived({ wasPending: false, take: { cameraCheck: null, cameraCheckPending: false }, stored: false }),
    ).toBe(false);
    expect(
      measurementArrived({ wasPending: true, take: { cameraCheck: check, cameraCheckPending: false }, stored: true }),
    ).toBe(false);
  });
});
