/**
 * The sandbox checks credentials the way Kling does, in both modes: a JWT signed with the account's
 * secret key (HS256, `iss` = access key, `nbf`/`exp` checked against the sandbox's clock), or a relay
 * style API key. Each refusal carries the code Kling uses for it.
 */
import "server-only";
import { decodeJwt, errors as joseErrors, jwtVerify } from "jose";

export type SandboxAuthConfig = { accessKey: string; secretKey: string; apiKeys: string[] };

export type AuthCheck = { ok: true } | { ok: false; code: 1000 | 1001 | 1002 | 1003 | 1004; message: string };

export async function checkAuthorization(input: {
  header: string | null;
  config: SandboxAuthConfig;
  nowMs: number;
}): Promise<AuthCheck> {
  const { header, config, nowMs } = input;
  if (!header || header.trim() === "") return { ok: false, code: 1001, message: "Authorization is empty" };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match) return { ok: false, code: 1002, message: "Authorization is invalid: expected `Bearer <token>`" };
  const token = match[1];
  if (config.apiKeys.includes(token)) return { ok: true };
  if (token.split(".").length !== 3) {
    return { ok: false, code: 1002, message: "Authorization is invalid: unknown API key or malformed token" };
  }
  return checkJwt({ token, config, nowMs });
}

async function checkJwt({
  token,
  config,
  nowMs,
}: {
  token: string;
  config: SandboxAuthConfig;
  nowMs: number;
}): Promise<AuthCheck> {
  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return { ok: false, code: 1002, message: "Authorization is invalid: the token cannot be decoded" };
  }
  if (issuer !== config.accessKey) {
    return { ok: false, code: 1000, message: "Authentication failed: unknown access key (iss)" };
  }
  try {
    await jwtVerify(token, new TextEncoder().encode(config.secretKey), {
      algorithms: ["HS256"],
      issuer: config.accessKey,
      requiredClaims: ["exp"],
      currentDate: new Date(nowMs),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      return { ok: false, code: 1004, message: "Authorization has expired" };
    }
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "nbf") {
      return { ok: false, code: 1003, message: "Authorization is not yet valid" };
    }
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      return {
        ok: false,
        code: 1002,
        message: "Authorization is invalid: the signature does not match the secret key",
      };
    }
    return { ok: false, code: 1002, message: "Authorization is invalid: the token was refused" };
  }
}
