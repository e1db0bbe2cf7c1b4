import { describe, expect, test } from "vitest";
import { cameraPoseAt, simpleMove } from "@/lib/camera/pose";
import type { MeasuredPathPoint } from "./camera-check";
import { measuredOfPose } from "./measured-pose";
import {
  cameraCheckBadgeText,
  confidenceText,
  measuredAmounts,
  measuredMoveText,
  measuredSourceText,
} from "./measured-text";

const still: MeasuredPathPoint = { t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 };
const endingAt = (end: Partial<MeasuredPathPoint>): MeasuredPathPoint[] => [still, { ...still, t: 1, ...end }];

describe("the measured move in words", () => {
  test("reads the move and the verdict, joined by a dot", () => {
    expect(measuredMoveText({ move: "pan+", verdict: "followed" })).toBe("pan right · Followed");
    expect(measuredMoveText({ move: "zoom-", verdict: "partly" })).toBe("zoom in · Partly followed");
    expect(measuredMoveText({ move: "forward_up", verdict: "not_followed" })).toBe("forward & up · Not followed");
  });

  test("reads just the move when nothing was asked of the camera", () => {
    expect(measuredMoveText({ move: "static", verdict: null })).toBe("static");
  });

  test("keeps a move it has no words for as it was stored", () => {
    expect(measuredMoveText({ move: "orbit+", verdict: "unclear" })).toBe("orbit+ · Unclear");
  });

  test("prefixes the card's badge with what it is about", () => {
    expect(cameraCheckBadgeText({ move: "horizontal-", verdict: "followed" })).toBe("Camera: truck left · Followed");
  });

  test("gives the confidence as a whole percentage, clamped to 0–100", () => {
    expect(confidenceText(0.934)).toBe("93 % confident");
    expect(confidenceText(1.2)).toBe("100 % confident");
    expect(confidenceText(-0.1)).toBe("0 % confident");
  });

  test("describes the frames it measured", () => {
    expect(measuredSourceText({ frames: 120, fps: 24, width: 1280, height: 720 })).toBe(
      "120 frames at 24 fps, 1280×720",
    );
    expect(measuredSourceText({ frames: 240, fps: 23.976, width: 720, height: 1280 })).toBe(
      "240 frames at 23.98 fps, 720×1280",
    );
  });
});

describe("measured amounts", () => {
  test("names each noticeable motion at the end of the clip with its size", () => {
    const path = endingAt({ yaw: (18 * Math.PI) / 180, pitch: (-3 * Math.PI) / 180, zoom: -0.5, x: 0.42, z: -1.2 });
    expect(measuredAmounts(path)).toEqual([
      "pan right 18°",
      "tilt down 3°",
      "zoom in 1.4×",
      "truck right 0.4 m",
      "forward 1.2 m",
    ]);
  });

  test("leaves out motion too small to tell from noise", () => {
    expect(measuredAmounts(endingAt({ yaw: 0.01, zoom: 0.05, y: 0.05, z: 0.02 }))).toEqual([]);
    expect(measuredAmounts([])).toEqual([]);
  });

  test("reads a path taken from the pose model as the move that made it", () => {
    const path = [0, 0.5, 1].map((t) => measuredOfPose(cameraPoseAt(simpleMove("pan", 5), t), t));
    expect(measuredAmounts(path)).toEqual(["pan right 20°"]);
    const wider = [0, 1].map((t) => measuredOfPose(cameraPoseAt(simpleMove("zoom", 10), t), t));
    expect(measuredAmounts(wider)).toEqual(["zoom out 2.0×"]);
  });
});
