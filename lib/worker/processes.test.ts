/**
 * Real worker processes against one database: two at once never submit a take twice, and a worker
 * killed with SIGKILL at random moments and restarted still finishes every take with its video.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbOptions } from "@/lib/db/client";
import { getTakesByIds, insertTakeRow } from "@/lib/db/queries/takes";
import { createKlingClient } from "@/lib/kling/client";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { readMp4Info } from "@/lib/media/mp4";
import { type SandboxServer, startSandboxServer } from "@/lib/sandbox/node-server";
import { renderClip } from "@/lib/sandbox/render";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import { takeRow } from "@/test/support/take-rows";
import { createTestDatabase, type TestDatabase, testServerUrl } from "@/test/support/test-database";

const JOBS = 20;
let dir: string;
let fixture: string;
let sandbox: SandboxServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "studio-processes-"));
  fixture = path.join(dir, "fixture.mp4");
  await renderClip({ prompt: "fixture", aspectRatio: "16:9", durationSec: 2, camera: undefined, outFile: fixture });
  sandbox = await startSandboxServer({
    port: 0,
    dataDir: path.join(dir, "sandbox"),
    timings: { submittedMs: 200, processingMs: 800 },
    maxConcurrentTasks: 100,
    // Video content does not matter here; a real MP4 rendered once keeps 20 takes fast.
    render: async ({ outFile }) => {
      await copyFile(fixture, outFile);
      return { width: 640, height: 360, fps: 24, frames: 48, elapsedMs: 0 };
    },
  });
});

afterAll(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("worker processes sharing one database", () => {
  it.skipIf(!testServerUrl())("two processes at once handle every take exactly once (Postgres)", async () => {
    const run = await prepareRun("pair");
    const workers = [startWorker(run, true), startWorker(run, true)];
    await Promise.all(workers.map((worker) => exited(worker, 90_000)));
    await expectAllFinishedOnce(run);
    await run.database.drop();
  });

  it("a worker killed with SIGKILL at random moments, then restarted, finishes all takes once", async () => {
    const run = await prepareRun("chaos");
    for (let round = 0; round < 5; round++) {
      const worker = startWorker(run, false);
      await sleep(1500 + Math.random() * 2500);
      worker.kill("SIGKILL");
      await exited(worker, 10_000).catch(() => undefined);
    }
    await exited(startWorker(run, true), 120_000);
    await expectAllFinishedOnce(run);
    await run.database.drop();
  });
});

type Run = { name: string; dataDir: string; database: TestDatabase; ids: string[] };

async function prepareRun(name: string): Promise<Run> {
  const dataDir = path.join(dir, name);
  const database = await createTestDatabase({ pgliteDir: path.join(dataDir, "db") });
  const handle = await createDb(database.options);
  const ids: string[] = [];
  for (let index = 0; index < JOBS; index++) {
    const id = crypto.randomUUID();
    ids.push(id);
    await insertTakeRow(
      handle.db,
      takeRow({ id, createdBy: "test", modelName: DEFAULT_PARAMS.model_name, prompt: `${name} take ${index}` }),
    );
  }
  // PGlite admits one process: the workers open it after we let go.
  await handle.close();
  return { name, dataDir, database, ids };
}

function startWorker(run: Run, exitWhenIdle: boolean): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STUDIO_DATA_DIR: run.dataDir,
    KLING_API_BASE_URL: sandbox.url,
    STUDIO_WORKER_TICK_MS: "100",
    STUDIO_WORKER_LEASE_MS: "2000",
    KLING_MAX_CONCURRENT_TASKS: "50",
  };
  delete env.DATABASE_URL;
  if (run.database.options.kind === "postgres") env.DATABASE_URL = run.database.options.url;
  // Node itself runs the worker (tsx only as a loader), so SIGKILL hits the worker and nothing survives it.
  const args = ["--import", "tsx", "--conditions=react-server", "lib/worker/worker-process.ts"];
  if (exitWhenIdle) args.push("--exit-when-idle");
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", () => undefined);
  return child;
}

async function expectAllFinishedOnce(run: Run) {
  const options: DbOptions = run.database.options;
  const handle = await createDb(options);
  try {
    const rows = await getTakesByIds(handle.db, run.ids);
    expect(rows).toHaveLength(JOBS);
    for (const row of rows) {
      expect({ id: row.id, status: row.status, failure: row.failureMessage }).toEqual({
        id: row.id,
        status: "ready",
        failure: null,
      });
      const info = await readMp4Info(path.join(run.dataDir, "media", row.videoKey ?? "missing"));
      expect(info.durationMs).toBeGreaterThan(1900);
    }
  } finally {
    await handle.close();
  }
  // Upstream: exactly one task per take (the sandbox also refuses a repeated external_task_id).
  const client = createKlingClient({ baseUrl: sandbox.url, auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH } });
  const tasks = await client.listTasks({ pageNum: 1, pageSize: 500 });
  const ours = tasks.filter((task) => task.externalTaskId && run.ids.includes(task.externalTaskId));
  expect(ours).toHaveLength(JOBS);
  expect(new Set(ours.map((task) => task.externalTaskId)).size).toBe(JOBS);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`worker ${child.pid} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
