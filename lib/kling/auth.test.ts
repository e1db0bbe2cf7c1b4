import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { createTokenProvider, signKlingToken } from "./auth";

const auth = { kind: "jwt", accessKey: "ak-test", secretKey: "sk-secret" } as const;

function tokenOf(header: string) {
  expect(header).toMatch(/^Bearer /);
  return header.slice("Bearer ".length);
}

describe("Kling JWT", () => {
  it("signs HS256 with typ JWT, iss = access key, exp = now + 1800 and nbf = now - 5 in whole seconds", async () => {
    const token = await signKlingToken({ accessKey: "ak-test", secretKey: "sk-secret", nowSec: 1_700_000_000 });
    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
    expect(decodeJwt(token)).toEqual({ iss: "ak-test", exp: 1_700_001_800, nbf: 1_699_999_995 });
    const verified = await jwtVerify(token, new TextEncoder().encode("sk-secret"), {
      currentDate: new Date(1_700_000_000_000),
    });
    expect(verified.payload.iss).toBe("ak-test");
  });

  it("caches the token and signs a new one when less than five minutes remain", async () => {
    let now = 1_700_000_000_123;
    const provider = createTokenProvider(auth, { now: () => now });
    const first = tokenOf(await provider.authorization());
    expect(decodeJwt(first).exp).toBe(1_700_001_800);

    now += 24 * 60_000; // 6 minutes left: still the cached token
    expect(tokenOf(await provider.authorization())).toBe(first);

    now += 2 * 60_000; // 4 minutes left: signed again
    const second = tokenOf(await provider.authorization());
    expect(second).not.toBe(first);
    expect(decodeJwt(second).exp).toBe(Math.floor(now / 1000) + 1800);
  });

  it("signs a new token after invalidate()", async () => {
    let now = 1_700_000_000_000;
    const provider = createTokenProvider(auth, { now: () => now });
    const first = tokenOf(await provider.authorization());
    now += 1000;
    provider.invalidate();
    expect(tokenOf(await provider.authorization())).not.toBe(first);
  });

  it("sends a relay API key as is, after Bearer", async () => {
    const provider = createTokenProvider({ kind: "api_key", apiKey: "sk-relay-123" });
    expect(await provider.authorization()).toBe("Bearer sk-relay-123");
  });
});
