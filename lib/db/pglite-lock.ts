/**
 * PGlite is a single-process database: a second process opening the same folder corrupts it. The
 * studio takes a lock file naming its process (pid and start time); another live process holding it is
 * refused with a clear message, and a lock whose holder is gone is taken over.
 *
 * "Gone" includes two cases a bare pid check gets wrong: a killed holder that is still a zombie (its pid
 * answers signals until its parent reaps it), and a pid reused by another program, e.g. after a container
 * restart. On Linux the holder's start time (from /proc) tells both apart; elsewhere the pid check is the
 * fallback.
 */
import "server-only";
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

export type DirectoryLock = { path: string; release(): void };

const LOCK_FILE = "studio.lock";

type Holder = { pid: number; startTime?: string };

export function acquireDirectoryLock(dir: string): DirectoryLock {
  const lockPath = path.join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, startTime: processInfo(process.pid)?.startTime };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify({ ...me, since: new Date().toISOString() }));
      closeSync(fd);
      return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if (!isErrno(error, "EEXIST")) throw error;
    }
    const holder = readHolder(lockPath);
    if (holder?.pid === process.pid && holder.startTime === me.startTime) {
      return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    }
    if (holder !== undefined && isRunning(holder)) {
      throw new AppError(
        "database:locked",
        `The embedded database in ${dir} is in use by another process (pid ${holder.pid}). PGlite allows only ` +
          "one process at a time: stop the other studio (or command) first, or set DATABASE_URL to use a Postgres server.",
      );
    }
    rmSync(lockPath, { force: true });
  }
  throw new AppError("database:locked", `Could not take the database lock at ${lockPath}.`);
}

/** Whether the process that wrote the lock still runs: not exited, not a zombie, and not a newer process on its pid. */
export function isRunning(holder: Holder): boolean {
  const info = processInfo(holder.pid);
  if (info === null) return false;
  if (info === undefined) return signalReaches(holder.pid);
  if (info.state === "Z" || info.state === "X") return false;
  return holder.startTime === undefined || holder.startTime === info.startTime;
}

/**
 * The process's state and start time (clock ticks since boot) from /proc; null when there is no such
 * process, undefined where /proc is not available.
 */
function processInfo(pid: number): { state: string; startTime: string } | null | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ESRCH")) return existsProc() ? null : undefined;
    return undefined;
  }
  // The command name may hold spaces and parentheses: the fields start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const state = fields[0];
  const startTime = fields[19];
  return state && startTime ? { state, startTime } : undefined;
}

function existsProc(): boolean {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
}

function readHolder(lockPath: string): Holder | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, "utf8"));
    if (parsed && typeof parsed === "object" && "pid" in parsed && typeof parsed.pid === "number") {
      const startTime = "startTime" in parsed && typeof parsed.startTime === "string" ? parsed.startTime : undefined;
      return { pid: parsed.pid, startTime };
    }
  } catch {
    // An unreadable or half-written lock file is treated as stale.
  }
  return undefined;
}

function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, "EPERM");
  }
}

function releaseIfOurs(lockPath: string) {
  if (readHolder(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
