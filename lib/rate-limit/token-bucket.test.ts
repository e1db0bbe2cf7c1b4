import { describe, expect, it } from "vitest";
import { slowDownMessage } from "./slow-down";
import { createTokenBuckets } from "./token-bucket";

describe("token buckets", () => {
  it("lets a key spend its burst at once, then refuses with the time until the next token", () => {
    const buckets = createTokenBuckets({ perSecond: 2, burst: 3 });
    for (let i = 0; i < 3; i++) expect(buckets.take("ana", 1000)).toEqual({ ok: true });
    expect(buckets.take("ana", 1000)).toEqual({ ok: false, retryAfterMs: 500 });
  });

  it("keeps each key's bucket apart: one member over the limit does not slow another", () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 1 });
    expect(buckets.take("ana", 0).ok).toBe(true);
    expect(buckets.take("ana", 0).ok).toBe(false);
    expect(buckets.take("ben", 0).ok).toBe(true);
  });

  it("refills at the rate, up to the burst, so steady use under the rate never waits", () => {
    const buckets = createTokenBuckets({ perSecond: 2, burst: 2 });
    for (let t = 0; t < 10_000; t += 500) expect(buckets.take("ana", t).ok).toBe(true);
    expect(buckets.take("ana", 20_000).ok).toBe(true);
    expect(buckets.take("ana", 20_000).ok).toBe(true);
    expect(buckets.take("ana", 20_000).ok).toBe(false);
  });

  it("forgets keys whose bucket is full again, so memory follows recent use", () => {
    const buckets = createTokenBuckets({ perSecond: 10, burst: 5 });
    for (let i = 0; i < 999; i++) buckets.take(`member-${i}`, 0);
    expect(buckets.size()).toBe(999);
    buckets.take("late", 60_000);
    expect(buckets.size()).toBe(1);
  });
});

describe("slow-down message", () => {
  it("says what happened and when to try again", () => {
    expect(slowDownMessage("requests", 1)).toBe("Slow down: too many requests in a short time. Try again in 1 second.");
    expect(slowDownMessage("takes", 61, "At most 2 a minute.")).toBe(
      "Slow down: too many new takes in the last minute. At most 2 a minute. Try again in 2 minutes.",
    );
  });
});
