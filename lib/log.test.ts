import { afterEach, describe, expect, it, vi } from "vitest";
import { logFormat } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatLogLine, log } from "@/lib/log";

const at = new Date("2026-11-30T12:00:00.000Z");

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("log lines", () => {
  it("writes JSON with level, at and msg first, then the fields", () => {
    const line = formatLogLine(
      { level: "warn", at, msg: "take failed", fields: { takeId: "t1", attempt: 2, units: 10n } },
      "json",
    );
    expect(line).toBe(
      '{"level":"warn","at":"2026-11-30T12:00:00.000Z","msg":"take failed","takeId":"t1","attempt":2,"units":"10"}',
    );
  });

  it("writes an error's name, message, code, stack and cause into JSON", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const error = new AppError("storage:unavailable", "The media store is not reachable.", { cause });
    const parsed = JSON.parse(formatLogLine({ level: "error", at, msg: "request failed", fields: { error } }, "json"));
    expect(parsed.error).toEqual({
      name: "AppError",
      message: "The media store is not reachable.",
      code: "storage:unavailable",
      stack: expect.stringContaining("AppError: The media store is not reachable."),
      cause: { name: "Error", message: "connect ECONNREFUSED", code: "ECONNREFUSED", stack: expect.any(String) },
    });
  });

  it("still writes the event when a field cannot be written", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const parsed = JSON.parse(formatLogLine({ level: "info", at, msg: "odd", fields: { cycle } }, "json"));
    expect(parsed).toMatchObject({ level: "info", at: at.toISOString(), msg: "odd", unwritable: expect.any(String) });
  });

  it("writes text for a person: LEVEL msg key=value, quoting values with spaces, the stack below", () => {
    const error = new TypeError("x is not a function");
    const [first, ...stack] = formatLogLine(
      { level: "error", at, msg: "action failed", fields: { action: "createTakeAction", note: "two words", error } },
      "text",
    ).split("\n");
    expect(first).toBe(
      'ERROR action failed action=createTakeAction note="two words" error="TypeError: x is not a function"',
    );
    expect(stack.length).toBeGreaterThan(0);
    for (const frame of stack) expect(frame).toMatch(/^ {4}at /);
  });

  it("sends each level to its console stream, one line per event", () => {
    vi.stubEnv("LOG_FORMAT", "text");
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    log.error("a");
    log.warn("b", { n: 1 });
    log.info("c");
    expect([error.mock.calls, warn.mock.calls, info.mock.calls]).toEqual([
      [["ERROR a"]],
      [["WARN  b n=1"]],
      [["INFO  c"]],
    ]);
  });
});

describe("log format", () => {
  it("is JSON in production or with LOG_FORMAT=json, text otherwise or with LOG_FORMAT=text", () => {
    expect(logFormat({ NODE_ENV: "production" })).toBe("json");
    expect(logFormat({ NODE_ENV: "development", LOG_FORMAT: "json" })).toBe("json");
    expect(logFormat({ NODE_ENV: "production", LOG_FORMAT: "text" })).toBe("text");
    expect(logFormat({ NODE_ENV: "test" })).toBe("text");
    expect(logFormat({})).toBe("text");
  });
});
