import { describe, expect, test } from "vitest";
import { CAMERA_AXES, PRESET_CAMERA_TYPES } from "@/lib/kling/fields";
import { AXIS_LABELS, PRESET_LABELS } from "./axes";

describe("camera labels", () => {
  test("every axis is labelled by what the viewer sees, negative direction first, API name kept", () => {
    for (const axis of CAMERA_AXES) {
      const { apiName, label, negative, positive } = AXIS_LABELS[axis];
      expect(apiName).toBe(axis);
      const [left, right] = label.split(" ↔ ");
      expect(negative.toLowerCase()).toContain(left.toLowerCase().split(" ").pop());
      expect(positive.toLowerCase()).toContain(right.toLowerCase());
    }
  });

  test("pan and tilt say turn and look, and zoom says tighter ↔ wider (positive is wider)", () => {
    expect(AXIS_LABELS.pan.label).toBe("Turn left ↔ right");
    expect(AXIS_LABELS.tilt.label).toBe("Look down ↔ up");
    expect(AXIS_LABELS.zoom.label).toBe("Tighter ↔ wider");
    expect(AXIS_LABELS.zoom.positive).toMatch(/^Wider/);
  });

  test("every preset has a label and a one-line description", () => {
    for (const type of PRESET_CAMERA_TYPES) {
      expect(PRESET_LABELS[type].label.length).toBeGreaterThan(3);
      expect(PRESET_LABELS[type].description).not.toContain("\n");
    }
  });
});
