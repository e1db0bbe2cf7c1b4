import { describe, expect, test } from "vitest";
import type { CameraControl } from "@/lib/kling/camera-control";
import { CAMERA_AXES, type CameraAxis, PRESET_CAMERA_TYPES } from "@/lib/kling/fields";
import { AXIS_FULL_SCALE, type CameraPose, cameraPoseAt, EYE_HEIGHT, REST_FOV_Y, restPose, simpleMove } from "./pose";

/** How far a pose has moved along one axis, signed so that a positive value should make it positive. */
const POSE_MEASURE: Record<CameraAxis, { does: [string, string]; measure: (pose: CameraPose) => number }> = {
  horizontal: { does: ["moves right (+x)", "moves left (−x)"], measure: (p) => p.position[0] },
  vertical: { does: ["moves up (+y)", "moves down (−y)"], measure: (p) => p.position[1] - EYE_HEIGHT },
  pan: { does: ["yaws right", "yaws left"], measure: (p) => p.yaw },
  tilt: { does: ["pitches up", "pitches down"], measure: (p) => p.pitch },
  roll: { does: ["rolls clockwise", "rolls counter-clockwise"], measure: (p) => p.roll },
  zoom: { does: ["widens fovY", "narrows fovY"], measure: (p) => p.fovY - REST_FOV_Y },
};

const CASES = CAMERA_AXES.flatMap((axis) => [
  { axis, value: 5, does: POSE_MEASURE[axis].does[0] },
  { axis, value: -5, does: POSE_MEASURE[axis].does[1] },
]);

describe("cameraPoseAt", () => {
  for (const { axis, value, does } of CASES) {
    test(`${axis} ${signed(value)}: the camera ${does} by the end, and moves along nothing else`, () => {
      const end = cameraPoseAt(simpleMove(axis, value), 1);
      expect(Math.sign(POSE_MEASURE[axis].measure(end))).toBe(Math.sign(value));
      for (const other of CAMERA_AXES) {
        if (other !== axis) expect(POSE_MEASURE[other].measure(end)).toBeCloseTo(0, 12);
      }
      expect(end.position[2]).toBe(0);
    });
  }

  test.each(CAMERA_AXES)("%s: values 1, 3, 5, 10 give strictly growing moves, both signs", (axis) => {
    for (const sign of [1, -1]) {
      const size = (v: number) => Math.abs(POSE_MEASURE[axis].measure(cameraPoseAt(simpleMove(axis, sign * v), 1)));
      const sizes = [1, 3, 5, 10].map(size);
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1]);
    }
  });

  test.each(CAMERA_AXES)("%s 0: the pose is the rest pose at every t", (axis) => {
    for (const t of [0, 0.25, 0.5, 0.75, 1]) expect(cameraPoseAt(simpleMove(axis, 0), t)).toEqual(restPose());
  });

  test("no camera control: the pose is the rest pose at every t", () => {
    for (const t of [0, 0.5, 1]) expect(cameraPoseAt(undefined, t)).toEqual(restPose());
  });

  test("every move starts at the rest pose at t = 0", () => {
    for (const move of allMoves()) expect(cameraPoseAt(move, 0)).toEqual(restPose());
  });

  test("the move eases: slow at both ends, halfway at t = 0.5, clamped outside [0, 1]", () => {
    const move = simpleMove("horizontal", 10);
    const x = (t: number) => cameraPoseAt(move, t).position[0];
    expect(x(0.5)).toBeCloseTo(AXIS_FULL_SCALE.horizontal / 2, 12);
    expect(x(0.05)).toBeLessThan(0.05 * AXIS_FULL_SCALE.horizontal * 0.2);
    expect(x(1) - x(0.95)).toBeLessThan(0.05 * AXIS_FULL_SCALE.horizontal * 0.2);
    expect(x(-1)).toBe(0);
    expect(x(2)).toBe(AXIS_FULL_SCALE.horizontal);
  });

  test("full-scale moves are cinematic: 3 m, 1.3 m, 40°, 25°, 35°, focal length ×½ and ×2", () => {
    expect(cameraPoseAt(simpleMove("horizontal", 10), 1).position[0]).toBeCloseTo(3);
    expect(cameraPoseAt(simpleMove("vertical", 10), 1).position[1]).toBeCloseTo(EYE_HEIGHT + 1.3);
    expect(cameraPoseAt(simpleMove("pan", 10), 1).yaw).toBeCloseTo((40 * Math.PI) / 180);
    expect(cameraPoseAt(simpleMove("tilt", -10), 1).pitch).toBeCloseTo((-25 * Math.PI) / 180);
    expect(cameraPoseAt(simpleMove("roll", 10), 1).roll).toBeCloseTo((35 * Math.PI) / 180);
    const focal = (pose: CameraPose) => 1 / Math.tan(pose.fovY / 2);
    expect(focal(restPose()) / focal(cameraPoseAt(simpleMove("zoom", 10), 1))).toBeCloseTo(2);
    expect(focal(cameraPoseAt(simpleMove("zoom", -10), 1)) / focal(restPose())).toBeCloseTo(2);
  });

  test("down_back descends and pulls back (y down, z up)", () => {
    const end = cameraPoseAt({ type: "down_back" }, 1);
    expect(end.position[1]).toBeLessThan(EYE_HEIGHT - 0.5);
    expect(end.position[2]).toBeGreaterThan(2);
    expect(end.yaw).toBe(0);
  });

  test("forward_up pushes forward and rises (z down, y up)", () => {
    const end = cameraPoseAt({ type: "forward_up" }, 1);
    expect(end.position[2]).toBeLessThan(-2);
    expect(end.position[1]).toBeGreaterThan(EYE_HEIGHT + 0.5);
  });

  test("right_turn_forward yaws right while moving forward and drifting right along its arc", () => {
    const end = cameraPoseAt({ type: "right_turn_forward" }, 1);
    expect(end.yaw).toBeGreaterThan(0.5);
    expect(end.position[2]).toBeLessThan(-2);
    expect(end.position[0]).toBeGreaterThan(0);
  });

  test("left_turn_forward yaws left while moving forward and drifting left along its arc", () => {
    const end = cameraPoseAt({ type: "left_turn_forward" }, 1);
    expect(end.yaw).toBeLessThan(-0.5);
    expect(end.position[2]).toBeLessThan(-2);
    expect(end.position[0]).toBeLessThan(0);
  });

  test("turning presets move the way the camera faces (the path is tangent to the heading)", () => {
    for (const type of ["right_turn_forward", "left_turn_forward"] as const) {
      const a = cameraPoseAt({ type }, 0.5);
      const b = cameraPoseAt({ type }, 0.501);
      const step = [b.position[0] - a.position[0], b.position[2] - a.position[2]];
      const heading = [Math.sin(a.yaw), -Math.cos(a.yaw)];
      const cos = (step[0] * heading[0] + step[1] * heading[1]) / Math.hypot(step[0], step[1]);
      expect(cos).toBeGreaterThan(0.9999);
    }
  });

  test("the camera stays above the ground for every move at every t", () => {
    for (const move of allMoves()) {
      for (let t = 0; t <= 1; t += 0.05) expect(cameraPoseAt(move, t).position[1]).toBeGreaterThan(0.25);
    }
  });
});

function allMoves(): CameraControl[] {
  const simples = CAMERA_AXES.flatMap((axis) => [simpleMove(axis, 10), simpleMove(axis, -10)]);
  return [...simples, ...PRESET_CAMERA_TYPES.map((type): CameraControl => ({ type }))];
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
