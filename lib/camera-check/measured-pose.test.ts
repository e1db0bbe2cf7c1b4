import { describe, expect, test } from "vitest";
import { cameraPoseAt, simpleMove } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import { measuredOfPose, poseOfMeasured } from "./measured-pose";

const MOVES: CameraControl[] = [
  simpleMove("horizontal", -6),
  simpleMove("vertical", 4),
  simpleMove("tilt", 7),
  simpleMove("roll", -3),
  simpleMove("zoom", -8),
  { type: "right_turn_forward" },
  { type: "down_back" },
];

describe("a measured sample as a camera pose", () => {
  for (const move of MOVES) {
    test(`a measurement that matches ${JSON.stringify(move)} exactly lands on the planned pose`, () => {
      for (const t of [0, 0.3, 1]) {
        const planned = cameraPoseAt(move, t);
        const drawn = poseOfMeasured(measuredOfPose(planned, t));
        expect(
          drawn.position.map((value, axis) => value - planned.position[axis]).every((gap) => Math.abs(gap) < 1e-9),
        ).toBe(true);
        expect(drawn.yaw).toBeCloseTo(planned.yaw, 9);
        expect(drawn.pitch).toBeCloseTo(planned.pitch, 9);
        expect(drawn.roll).toBeCloseTo(planned.roll, 9);
        expect(drawn.fovY).toBeCloseTo(planned.fovY, 9);
      }
    });
  }

  test("a sample with no motion is the rest pose", () => {
    expect(poseOfMeasured({ t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 })).toEqual(
      cameraPoseAt(undefined, 0),
    );
  });
});
