import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDirectoryLock, isRunning } from "./pglite-lock";

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

  it("takes over a lock whose holder was killed but is still a zombie", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    // The shell starts a child that exits at once, then becomes `sleep`, which never reaps it.
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 30"]);
    try {
      const zombie = Number(await firstLine(parent));
      await until(() => readFileSync(`/proc/${zombie}/stat`, "utf8").includes(") Z "));
      expect(() => process.kill(zombie, 0)).not.toThrow();
      writeFileSync(path.join(dir, "studio.lock"), JSON.stringify({ pid: zombie, startTime: startTimeOf(zombie) }));
      const lock = acquireDirectoryLock(dir);
      expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
      lock.release();
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("takes over a lock whose pid now belongs to another program", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lock-"));
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      const pid = other.pid ?? 0;
      await until(() => readFileSync(`/proc/${pid}/stat`, "utf8").length > 0);
      // The same pid, written by a process that started at another time (before a restart, say).
      const earlier = String(Number(startTimeOf(pid)) - 1000);
      writeFileSync(path.join(dir, "studio.lock"), JSON.stringify({ pid, startTime: earlier }));
      expect(isRunning({ pid, startTime: earlier })).toBe(false);
      expect(isRunning({ pid, startTime: startTimeOf(pid) })).toBe(true);
      const lock = acquireDirectoryLock(dir);
      expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
      lock.release();
    } finally {
      other.kill("SIGKILL");
    }
  });
});

function startTimeOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

function firstLine(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\n")) resolve(text.split("\n")[0].trim());
    });
    child.once("error", reject);
  });
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (check()) return;
    } catch {
      // Not there yet.
    }
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
