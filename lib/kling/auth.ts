/**
 * The `Authorization` value for Kling, in either mode: a JWT signed with the secret key (official hosts)
 * or a relay's API key. Tokens are cached and signed again a few minutes before they expire.
 */
import "server-only";
import { SignJWT } from "jose";

export type KlingAuth = { kind: "jwt"; accessKey: string; secretKey: string } | { kind: "api_key"; apiKey: string };

const TOKEN_TTL_SECONDS = 1800;
/** Kling refuses a token whose `nbf` is ahead of its clock; backdating covers small clock skew. */
const TOKEN_NOT_BEFORE_SKEW_SECONDS = 5;
/** Sign again when less than this remains, so a token never expires on the way to Kling. */
const TOKEN_REFRESH_MARGIN_SECONDS = 300;

export type TokenProvider = {
  /** The full header value, `Bearer …`. */
  authorization(): Promise<string>;
  /** Forget the cached token (after Kling answered 1003/1004); the next call signs a new one. */
  invalidate(): void;
};

export function createTokenProvider(auth: KlingAuth, options: { now?: () => number } = {}): TokenProvider {
  if (auth.kind === "api_key") {
    const value = `Bearer ${auth.apiKey}`;
    return { authorization: async () => value, invalidate: () => {} };
  }
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAtSec: number } | undefined;
  return {
    async authorization() {
      const nowSec = Math.floor(now() / 1000);
      if (!cached || cached.expiresAtSec - nowSec < TOKEN_REFRESH_MARGIN_SECONDS) {
        const token = await signKlingToken({ accessKey: auth.accessKey, secretKey: auth.secretKey, nowSec });
        cached = { token, expiresAtSec: nowSec + TOKEN_TTL_SECONDS };
      }
      return `Bearer ${cached.token}`;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** One Kling JWT: HS256, `iss` = access key, valid from 5 s ago for 30 minutes. */
export async function signKlingToken(input: { accessKey: string; secretKey: string; nowSec: number }): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(input.accessKey)
    .setExpirationTime(input.nowSec + TOKEN_TTL_SECONDS)
    .setNotBefore(input.nowSec - TOKEN_NOT_BEFORE_SKEW_SECONDS)
    .sign(new TextEncoder().encode(input.secretKey));
}
