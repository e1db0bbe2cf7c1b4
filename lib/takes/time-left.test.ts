import { describe, expect, it } from "vitest";
import { takeView } from "@/test/support/take-view";
import { defaultRenderMs, describeProgress, formatAge, formatLeft } from "./time-left";
import type { TakeView } from "./view";

const T0 = Date.parse("2026-05-01T12:00:00.000Z");

/** A take submitted 2 s after T0 and still running, unless `patch` says otherwise. */
function take(patch: Partial<TakeView>): TakeView {
  return takeView({
    createdAt: new Date(T0).toISOString(),
    updatedAt: new Date(T0).toISOString(),
    status: "processing",
    unitsCharged: null,
    submittedAt: new Date(T0 + 2_000).toISOString(),
    upstreamFinishedAt: null,
    finishedAt: null,
    videoUrl: null,
    posterUrl: null,
    videoDurationMs: null,
    ...patch,
  });
}

describe("time left for a running take", () => {
  it("counts down from the learned render time, measured from submission", () => {
    const progress = describeProgress(take({ expectedRenderMs: 60_000 }), T0 + 2_000 + 20_000);
    expect(progress).toEqual({ elapsedMs: 22_000, label: "about 40 s left", overdue: false });
  });

  it("says so when a take runs past the usual time", () => {
    const progress = describeProgress(take({ expectedRenderMs: 60_000 }), T0 + 90_000);
    expect(progress.label).toBe("taking longer than usual");
    expect(progress.overdue).toBe(true);
  });

  it("falls back to a default that grows with mode and duration when there is no history", () => {
    expect(defaultRenderMs({ model_name: "kling-v1", mode: "std", duration: "5" })).toBe(300_000);
    expect(defaultRenderMs({ model_name: "kling-v1", mode: "pro", duration: "10" })).toBe(720_000);
    expect(describeProgress(take({}), T0 + 2_000 + 60_000).label).toBe("about 4 min left");
  });

  it("gives no estimate before submission, while saving, or once finished", () => {
    expect(describeProgress(take({ status: "queued", submittedAt: null }), T0 + 5_000).label).toBe("waiting to start");
    expect(describeProgress(take({ status: "downloading" }), T0 + 5_000).label).toBe("saving the video");
    const ready = describeProgress(
      take({ status: "ready", finishedAt: new Date(T0 + 75_000).toISOString() }),
      T0 + 999_999,
    );
    expect(ready).toEqual({ elapsedMs: 75_000, label: null, overdue: false });
  });
});

describe("coarse durations", () => {
  it("rounds the way people speak", () => {
    expect(formatLeft(4_200)).toBe("4 s");
    expect(formatLeft(41_000)).toBe("40 s");
    expect(formatLeft(150_000)).toBe("3 min");
    expect(formatAge(10_000)).toBe("just now");
    expect(formatAge(3 * 3_600_000)).toBe("3 h ago");
    expect(formatAge(30 * 3_600_000)).toBe("yesterday");
  });
});
