/**
 * PGlite is a single-process database: a second process opening the same folder corrupts it. The
 * studio takes a lock file naming its pid; another live process holding it is refused with a clear
 * message, and a lock left by a process that died is taken over.
 */
import "server-only";
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

export type DirectoryLock = { path: string; release(): void };

const LOCK_FILE = "studio.lock";

export function acquireDirectoryLock(dir: string): DirectoryLock {
  const lockPath = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error;
    }
    const holder = readHolder(lockPath);
    if (holder === process.pid) return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    if (holder !== undefined && isAlive(holder)) {
      throw new AppError(
        "database:locked",
        `The embedded database in ${dir} is in use by another process (pid ${holder}). PGlite allows only ` +
          "one process at a time: stop the other studio (or command) first, or set DATABASE_URL to use a Postgres server.",
      );
    }
    rmSync(lockPath, { force: true });
  }
  throw new AppError("database:locked", `Could not take the database lock at ${lockPath}.`);
}

function readHolder(lockPath: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, "utf8"));
    if (parsed && typeof parsed === "object" && "pid" in parsed && typeof parsed.pid === "number") return parsed.pid;
  } catch {
    // An unreadable or half-written lock file is treated as stale.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, "EPERM");
  }
}

function releaseIfOurs(lockPath: string) {
  if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
