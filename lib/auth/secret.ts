/**
 * The secret that signs session cookies. A configured BETTER_AUTH_SECRET wins; with none, the studio
 * generates one on first start and keeps it in the data folder (mode 0600), so sessions survive
 * restarts without any set-up. Several processes over one database need the same configured secret.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

export const AUTH_SECRET_FILE = "auth-secret";
const MIN_LENGTH = 32;

export type AuthSecret = { value: string; source: "env" | "file" | "generated"; file?: string };

export function resolveAuthSecret(options: { configured?: string; dataDir: string }): AuthSecret {
  if (options.configured) return { value: options.configured, source: "env" };
  const file = path.join(options.dataDir, AUTH_SECRET_FILE);
  const existing = readSecretFile(file);
  if (existing !== undefined) return { value: existing, source: "file", file };
  mkdirSync(options.dataDir, { recursive: true });
  const value = randomBytes(48).toString("base64url");
  try {
    // `wx`: two processes starting at once on one folder must end up with the same secret.
    writeFileSync(file, `${value}\n`, { mode: 0o600, flag: "wx" });
    return { value, source: "generated", file };
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    const winner = readSecretFile(file);
    if (winner === undefined) throw new AppError("config:auth_secret", `Could not read the session secret in ${file}.`);
    return { value: winner, source: "file", file };
  }
}

function readSecretFile(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
  const value = text.trim();
  if (value.length < MIN_LENGTH) {
    throw new AppError(
      "config:auth_secret",
      `The session secret in ${file} is shorter than ${MIN_LENGTH} characters. Delete the file to have a new ` +
        "one generated (everyone will have to sign in again), or set BETTER_AUTH_SECRET.",
    );
  }
  return value;
}
