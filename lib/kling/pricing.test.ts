import { describe, expect, it } from "vitest";
import { estimateUnits, formatCost } from "./pricing";

describe("pricing", () => {
  it("bills kling-v3 per second: 12 s std with sound is 10.8 units, pro 14.4", () => {
    expect(estimateUnits({ model_name: "kling-v3", mode: "std", duration: "12", sound: "on" })).toBe(10.8);
    expect(estimateUnits({ model_name: "kling-v3", mode: "pro", duration: "12", sound: "on" })).toBe(14.4);
    expect(estimateUnits({ model_name: "kling-v3", mode: "std", duration: "12", sound: "off" })).toBe(7.2);
    expect(estimateUnits({ model_name: "kling-v3", mode: "pro", duration: "3" })).toBe(2.4);
    expect(formatCost(10.8)).toBe("10.8 units · $1.51");
  });

  it("bills older models per clip, 10 s at double, and kling-v2-6 pro with sound at 5 units per 5 s", () => {
    expect(estimateUnits({ model_name: "kling-v1", mode: "std", duration: "5" })).toBe(1);
    expect(estimateUnits({ model_name: "kling-v1", mode: "pro", duration: "10" })).toBe(7);
    expect(estimateUnits({ model_name: "kling-v2-6", mode: "pro", duration: "5", sound: "on" })).toBe(5);
    expect(estimateUnits({ model_name: "kling-v2-6", mode: "pro", duration: "10", sound: "on" })).toBe(10);
    expect(estimateUnits({ model_name: "kling-v2-6", mode: "pro", duration: "10", sound: "off" })).toBe(5);
  });
});
