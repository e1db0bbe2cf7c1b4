import { describe, expect, it } from "vitest";
import { callbackUrl, EnvError, GLOBAL_KLING_BASE_URL, klingTarget, parseEnv } from "./env";

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("runs on the embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(klingTarget(env)).toEqual({
      useBuiltInSandbox: true,
      baseUrl: "http://127.0.0.1:3000/sandbox",
      auth: undefined,
    });
    expect(callbackUrl(env)).toBeUndefined();
  });

  it("switches to the real service when credentials are set", () => {
    const official = klingTarget(parseEnv({ KLING_ACCESS_KEY: "ak", KLING_SECRET_KEY: "sk" }));
    expect(official).toEqual({
      useBuiltInSandbox: false,
      baseUrl: GLOBAL_KLING_BASE_URL,
      auth: { kind: "jwt", accessKey: "ak", secretKey: "sk" },
    });
    const relay = klingTarget(
      parseEnv({ KLING_API_KEY: "sk-relay", KLING_API_BASE_URL: "https://relay.example/kling" }),
    );
    expect(relay).toEqual({
      useBuiltInSandbox: false,
      baseUrl: "https://relay.example/kling",
      auth: { kind: "api_key", apiKey: "sk-relay" },
    });
  });

  it("names the variable and what to change for each bad value", () => {
    expect(problems({ PORT: "eighty" })).toEqual([expect.stringMatching(/^PORT: must be a port number/)]);
    expect(problems({ KLING_API_BASE_URL: "api.klingai.com" })[0]).toMatch(
      /^KLING_API_BASE_URL: must be an http\(s\) URL/,
    );
    expect(problems({ DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL: must be a postgres:\/\//);
    expect(problems({ KLING_ACCESS_KEY: "ak" })[0]).toMatch(/^KLING_SECRET_KEY: set both/);
    expect(problems({ KLING_API_KEY: "k", KLING_ACCESS_KEY: "a", KLING_SECRET_KEY: "s" })[0]).toMatch(/either/);
    expect(problems({ STUDIO_STORAGE: "s3" })[0]).toMatch(/^S3_BUCKET: is required/);
    expect(problems({ STUDIO_STORAGE: "ftp" })[0]).toMatch(/^STUDIO_STORAGE: must be local or s3/);
  });

  it("asks Kling for callbacks only when the studio has a public URL", () => {
    expect(callbackUrl(parseEnv({ STUDIO_PUBLIC_URL: "https://studio.example.com" }))).toBe(
      "https://studio.example.com/api/kling/callback",
    );
  });
});
