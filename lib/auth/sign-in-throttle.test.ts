import { describe, expect, it } from "vitest";
import { createSignInThrottle } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("makes an address wait after too many failures, until the oldest one ages out", () => {
    const throttle = createSignInThrottle({ maxFailures: 3, windowMs: 1000 });
    for (const at of [0, 100, 200]) throttle.recordFailure("Ana@example.com", at);
    expect(throttle.retryAfterMs("ana@example.com", 300)).toBe(700);
    expect(throttle.retryAfterMs("bo@example.com", 300)).toBe(0);
    expect(throttle.retryAfterMs("ana@example.com", 1000)).toBe(0);
    throttle.recordFailure("ana@example.com", 1000);
    expect(throttle.retryAfterMs("ana@example.com", 1050)).toBe(50);
    throttle.recordSuccess("ANA@example.com");
    expect(throttle.retryAfterMs("ana@example.com", 1050)).toBe(0);
  });
});
