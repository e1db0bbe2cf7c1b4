import { describe, expect, it } from "vitest";
import { KLING_ERROR_NUMBERS, KLING_ERROR_TABLE } from "./error-codes";
import { KlingError, klingBadResponse, klingErrorFromAnswer, klingNetworkError, klingTimeoutError } from "./errors";

describe("Kling errors", () => {
  it("maps every code of the contract's table to its error code and retry flag", () => {
    for (const code of KLING_ERROR_NUMBERS) {
      const spec = KLING_ERROR_TABLE[code];
      const error = klingErrorFromAnswer({ httpStatus: spec.httpStatus, klingCode: code, serviceMessage: "detail" });
      expect(error).toBeInstanceOf(KlingError);
      expect(error.code, String(code)).toBe(spec.code);
      expect(error.retryable, String(code)).toBe(spec.retryable);
      expect(error.klingCode).toBe(code);
      expect(error.outcomeUnknown).toBe(false);
      expect(error.message.length).toBeGreaterThan(20);
    }
  });

  it("puts the service's own detail into invalid-parameter and content-safety messages", () => {
    const safety = klingErrorFromAnswer({ httpStatus: 400, klingCode: 1301, serviceMessage: "risky words" });
    expect(safety.message).toBe("Kling's content filter refused this prompt — rephrase it and try again (risky words)");
    for (const code of [1200, 1201, 1300]) {
      expect(klingErrorFromAnswer({ httpStatus: 400, klingCode: code, serviceMessage: "why" }).message).toContain(
        "(why)",
      );
    }
  });

  it("falls back on the HTTP status for codes the contract does not list", () => {
    const cases: Array<[number, string, boolean]> = [
      [401, "kling:auth_failed", false],
      [403, "kling:forbidden", false],
      [404, "kling:not_found", false],
      [422, "kling:invalid_request", false],
      [429, "kling:rate_limited", true],
      [502, "kling:server_error", true],
    ];
    for (const [httpStatus, code, retryable] of cases) {
      const error = klingErrorFromAnswer({ httpStatus, klingCode: 9999, serviceMessage: "new thing" });
      expect(error.code, String(httpStatus)).toBe(code);
      expect(error.retryable).toBe(retryable);
      expect(error.message).toContain("new thing");
    }
  });

  it("marks timeouts and network errors after sending as outcome unknown", () => {
    expect(klingTimeoutError({ timeoutMs: 30_000, method: "POST", path: "/v1" })).toMatchObject({
      code: "kling:timeout",
      retryable: true,
      outcomeUnknown: true,
    });
    const reset = klingNetworkError({ method: "POST", cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) });
    expect(reset).toMatchObject({ code: "kling:network", outcomeUnknown: true });
    const refused = klingNetworkError({
      method: "POST",
      cause: new TypeError("fetch failed", { cause: Object.assign(new Error("y"), { code: "ECONNREFUSED" }) }),
    });
    expect(refused).toMatchObject({ code: "kling:network", outcomeUnknown: false, retryable: true });
  });

  it("treats an unreadable create answer as outcome unknown, an unreadable query as not", () => {
    expect(klingBadResponse({ detail: "x", method: "POST" })).toMatchObject({
      code: "kling:bad_response",
      outcomeUnknown: true,
    });
    expect(klingBadResponse({ detail: "x", method: "GET" })).toMatchObject({
      code: "kling:bad_response",
      outcomeUnknown: false,
    });
  });

  it("gives the studio's own HTTP status: 400 for what the user must change, 429 for limits", () => {
    expect(klingErrorFromAnswer({ httpStatus: 400, klingCode: 1301 }).status).toBe(400);
    expect(klingErrorFromAnswer({ httpStatus: 429, klingCode: 1303 }).status).toBe(429);
    expect(klingErrorFromAnswer({ httpStatus: 401, klingCode: 1000 }).status).toBe(502);
  });
});
