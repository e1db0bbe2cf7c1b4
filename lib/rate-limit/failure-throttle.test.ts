import { describe, expect, it } from "vitest";
import { createFailureThrottle } from "./failure-throttle";

describe("failure throttle", () => {
  it("holds a key back after too many failures in the window, and a success clears it", () => {
    const throttle = createFailureThrottle({ maxFailures: 2, windowMs: 1000 });
    throttle.recordFailure("a", 0);
    expect(throttle.retryAfterMs("a", 10)).toBe(0);
    throttle.recordFailure("a", 100);
    expect(throttle.retryAfterMs("a", 200)).toBe(800);
    expect(throttle.retryAfterMs("b", 200)).toBe(0);
    expect(throttle.retryAfterMs("a", 1000)).toBe(0);
    throttle.recordFailure("a", 1000);
    expect(throttle.retryAfterMs("a", 1000)).toBe(100);
    throttle.recordSuccess("a");
    expect(throttle.retryAfterMs("a", 1000)).toBe(0);
  });

  it("keeps counting right across the sweep of many one-off keys", () => {
    const throttle = createFailureThrottle({ maxFailures: 1, windowMs: 1000 });
    for (let i = 0; i < 12_000; i++) throttle.recordFailure(`address-${i}`, 0);
    expect(throttle.retryAfterMs("address-1", 500)).toBe(500);
    throttle.recordFailure("late", 5000);
    // Past 10,000 keys the next failure sweeps the aged-out ones; the new failure still counts.
    expect(throttle.retryAfterMs("late", 5000)).toBe(1000);
    expect(throttle.retryAfterMs("address-11999", 5000)).toBe(0);
  });
});
