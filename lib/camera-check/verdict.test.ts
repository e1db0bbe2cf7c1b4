import { describe, expect, test } from "vitest";
import { simpleMove } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import { CAMERA_AXES, PRESET_CAMERA_TYPES } from "@/lib/kling/fields";
import { MEASURED_MOVES, type MeasuredMove } from "./measurement";
import { cameraVerdict, intendedMove, MEASURED_MOVE_LABELS, VERDICT_WORDS } from "./verdict";

const sure = (move: MeasuredMove) => ({ move, confidence: 0.9 });
const PAN_RIGHT = simpleMove("pan", 5);

describe("intendedMove", () => {
  test("a simple move is its non-zero axis with the value's sign", () => {
    expect(intendedMove(simpleMove("pan", 5))).toBe("pan+");
    expect(intendedMove(simpleMove("zoom", -3))).toBe("zoom-");
    expect(intendedMove({ type: "simple", config: { horizontal: 0, roll: 2, zoom: 0 } })).toBe("roll+");
  });

  test("a preset is its type", () => {
    for (const type of PRESET_CAMERA_TYPES) expect(intendedMove({ type })).toBe(type);
  });
});

describe("cameraVerdict", () => {
  test("no requested move: nothing to judge (null)", () => {
    expect(cameraVerdict(undefined, sure("pan+"))).toBeNull();
    expect(cameraVerdict(undefined, sure("static"))).toBeNull();
  });

  test("the same axis and sign, or the same preset, is followed", () => {
    for (const axis of CAMERA_AXES) {
      expect(cameraVerdict(simpleMove(axis, 4), sure(`${axis}+`))).toBe("followed");
      expect(cameraVerdict(simpleMove(axis, -7), sure(`${axis}-`))).toBe("followed");
    }
    for (const type of PRESET_CAMERA_TYPES) expect(cameraVerdict({ type }, sure(type))).toBe("followed");
  });

  test("an unclear measurement, one below 0.3 confidence, or a move it does not know is unclear", () => {
    expect(cameraVerdict(PAN_RIGHT, sure("unclear"))).toBe("unclear");
    expect(cameraVerdict(PAN_RIGHT, { move: "pan+", confidence: 0.2 })).toBe("unclear");
    expect(cameraVerdict(PAN_RIGHT, { move: "dolly+", confidence: 0.9 })).toBe("unclear");
  });

  test("a static camera, the opposite sign, or another axis is not followed", () => {
    expect(cameraVerdict(PAN_RIGHT, sure("static"))).toBe("not_followed");
    expect(cameraVerdict(PAN_RIGHT, sure("pan-"))).toBe("not_followed");
    expect(cameraVerdict(PAN_RIGHT, sure("tilt+"))).toBe("not_followed");
    expect(cameraVerdict(PAN_RIGHT, sure("horizontal-"))).toBe("not_followed");
    expect(cameraVerdict({ type: "down_back" }, sure("forward_up"))).toBe("not_followed");
    expect(cameraVerdict(simpleMove("zoom", -5), sure("zoom+"))).toBe("not_followed");
  });

  const partly: [MeasuredMove, CameraControl][] = [
    ["horizontal+", simpleMove("pan", 5)],
    ["pan-", simpleMove("horizontal", -5)],
    ["vertical+", simpleMove("tilt", 5)],
    ["tilt-", simpleMove("vertical", -5)],
    ["pan+", { type: "right_turn_forward" }],
    ["pan-", { type: "left_turn_forward" }],
    ["zoom-", { type: "forward_up" }],
    ["zoom+", { type: "down_back" }],
    ["zoom-", { type: "right_turn_forward" }],
    ["vertical-", { type: "down_back" }],
    ["right_turn_forward", simpleMove("pan", 3)],
    ["forward_up", simpleMove("zoom", -3)],
  ];
  test.each(partly)("%s measured for %j is partly followed (same picture motion by other means)", (move, intent) => {
    expect(cameraVerdict(intent, sure(move))).toBe("partly");
  });

  test("a turn preset against a pan the other way is not followed", () => {
    expect(cameraVerdict({ type: "right_turn_forward" }, sure("pan-"))).toBe("not_followed");
    expect(cameraVerdict({ type: "forward_up" }, sure("zoom+"))).toBe("not_followed");
  });
});

describe("words", () => {
  test("every measured move has a label, and the API's signs read as the viewer sees them", () => {
    for (const move of MEASURED_MOVES) expect(MEASURED_MOVE_LABELS[move].length).toBeGreaterThan(3);
    expect(MEASURED_MOVE_LABELS["pan+"]).toBe("pan right");
    expect(MEASURED_MOVE_LABELS["pan-"]).toBe("pan left");
    expect(MEASURED_MOVE_LABELS["horizontal+"]).toBe("truck right");
    expect(MEASURED_MOVE_LABELS["vertical+"]).toBe("pedestal up");
    expect(MEASURED_MOVE_LABELS["tilt+"]).toBe("tilt up");
    expect(MEASURED_MOVE_LABELS["roll+"]).toBe("roll clockwise");
    expect(MEASURED_MOVE_LABELS["zoom-"]).toBe("zoom in");
    expect(MEASURED_MOVE_LABELS["zoom+"]).toBe("zoom out");
    expect(MEASURED_MOVE_LABELS.right_turn_forward).toBe("turn right & forward");
  });

  test("verdicts read as sentences a user understands", () => {
    expect(VERDICT_WORDS).toEqual({
      followed: "Followed",
      partly: "Partly followed",
      not_followed: "Not followed",
      unclear: "Unclear",
    });
  });

  test("there are 18 measured moves: 12 simple, 4 presets, static and unclear", () => {
    expect(MEASURED_MOVES).toHaveLength(18);
    expect(new Set(MEASURED_MOVES).size).toBe(18);
  });
});
