/**
 * How `npm run user:create` reaches a running studio that holds the PGlite folder (which no second
 * process may open). At start the studio writes `internal-access.json` in its data folder, readable
 * only by its OS user (0600): its loopback URL, its pid and a random token. The studio's internal
 * endpoint accepts that token once, then writes a new one, so a token copied from the file is good for
 * a single request. Reading the file needs the same rights as opening the database folder itself.
 */
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export const INTERNAL_ACCESS_FILE = "internal-access.json";

export type InternalAccessFile = { url: string; pid: number; token: string };

export type InternalAccess = {
  file: string;
  /** Whether `token` is the current one (constant time). */
  verify(token: string): boolean;
  /** Replaces the token, so the one just used stops working. */
  rotate(): void;
};

export function openInternalAccess(options: { dataDir: string; port: number; pid?: number }): InternalAccess {
  const file = path.join(options.dataDir, INTERNAL_ACCESS_FILE);
  const pid = options.pid ?? process.pid;
  const url = `http://127.0.0.1:${options.port}`;
  let currentDigest: Buffer = Buffer.alloc(0);
  const rotate = () => {
    const token = randomBytes(32).toString("base64url");
    writeAccessFile(file, { url, pid, token });
    currentDigest = digest(token);
  };
  mkdirSync(options.dataDir, { recursive: true });
  rotate();
  return {
    file,
    verify: (token) => {
      const candidate = digest(token);
      return currentDigest.length === candidate.length && timingSafeEqual(currentDigest, candidate);
    },
    rotate,
  };
}

export function readInternalAccess(dataDir: string): InternalAccessFile | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.join(dataDir, INTERNAL_ACCESS_FILE), "utf8"));
    if (
      parsed &&
      typeof parsed === "object" &&
      "url" in parsed &&
      typeof parsed.url === "string" &&
      "pid" in parsed &&
      typeof parsed.pid === "number" &&
      "token" in parsed &&
      typeof parsed.token === "string"
    ) {
      return { url: parsed.url, pid: parsed.pid, token: parsed.token };
    }
  } catch {
    // Missing or half-written: the caller reports that no studio is reachable.
  }
  return undefined;
}

/** Written beside, then renamed over: a reader never sees half a file, and the mode is set from the start. */
function writeAccessFile(file: string, content: InternalAccessFile) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(content), { mode: 0o600 });
  renameSync(temp, file);
}

function digest(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}
