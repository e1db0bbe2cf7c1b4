/**
 * Share-link tokens: 32 random bytes in base64url. Only the SHA-256 is stored, so a copy of the
 * database cannot be turned into working links (the same scheme as invite links).
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateShareToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedShareToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
