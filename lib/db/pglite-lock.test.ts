import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDirectoryLock } from "./pglite-lock";

describe("the embedded database's single-process lock", () => {
  it("is taken and released by this process", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    const lock = acquireDirectoryLock(dir);
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("refuses with a clear message while another live process holds the folder", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, "studio.lock"), JSON.stringify({ pid: other.pid }));
      expect(() => acquireDirectoryLock(dir)).toThrow(/in use by another process .*one process at a time/s);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock left behind by a process that died", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => dead.once("exit", resolve));
    writeFileSync(path.join(dir, "studio.lock"), JSON.stringify({ pid: dead.pid }));
    const lock = acquireDirectoryLock(dir);
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
