import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { AUTH_SECRET_FILE, resolveAuthSecret } from "./secret";

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), "studio-secret-")), "data");

describe("the session secret", () => {
  it("is generated once, kept in the data folder with mode 0600, and reused on the next start", () => {
    const dataDir = freshDir();
    const first = resolveAuthSecret({ dataDir });
    expect(first.source).toBe("generated");
    expect(first.value.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, AUTH_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(first.value);
    expect(resolveAuthSecret({ dataDir })).toMatchObject({ value: first.value, source: "file" });
  });

  it("prefers a configured secret and writes nothing", () => {
    const dataDir = freshDir();
    const configured = "c".repeat(40);
    expect(resolveAuthSecret({ configured, dataDir })).toEqual({ value: configured, source: "env" });
    expect(() => statSync(path.join(dataDir, AUTH_SECRET_FILE))).toThrow();
  });

  it("refuses a damaged secret file with a message saying what to do", () => {
    const dataDir = freshDir();
    resolveAuthSecret({ dataDir });
    writeFileSync(path.join(dataDir, AUTH_SECRET_FILE), "short\n");
    expect(() => resolveAuthSecret({ dataDir })).toThrow(/shorter than 32 characters\. Delete the file/);
  });

  it("validates BETTER_AUTH_SECRET's length at start-up", () => {
    expect(parseEnv({ BETTER_AUTH_SECRET: "s".repeat(32) }).BETTER_AUTH_SECRET).toBe("s".repeat(32));
    expect(parseEnv({ BETTER_AUTH_SECRET: "" }).BETTER_AUTH_SECRET).toBeUndefined();
    try {
      parseEnv({ BETTER_AUTH_SECRET: "too-short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect(error instanceof EnvError && error.problems).toEqual([
        "BETTER_AUTH_SECRET: must be at least 32 characters; generate one with `openssl rand -base64 32`",
      ]);
    }
  });
});
