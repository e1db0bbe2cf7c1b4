/**
 * A complete take pipeline for tests: a real database (PGlite, in memory or in a folder), the sandbox
 * on a loopback port speaking real HTTP, the real client, local storage in a temp folder.
 */

import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { createDb, type DbHandle, type DbOptions } from "@/lib/db/client";
import { releaseAllLeases } from "@/lib/db/queries/take-leases";
import { getTake } from "@/lib/db/queries/takes";
import type { Take } from "@/lib/db/schema";
import { createKlingClient } from "@/lib/kling/client";
import { DEFAULT_PARAMS, type TakeParams } from "@/lib/kling/schema";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import type { RenderFn } from "@/lib/sandbox/service";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { MediaStorage } from "@/lib/storage/storage";
import type { WorkerContext, WorkerLogger } from "@/lib/worker/context";
import { createTake } from "@/lib/worker/create";
import { createTakeWorker, type TakeWorker } from "@/lib/worker/worker";
import { createTestDatabase } from "./test-database";

export type Harness = {
  ctx: WorkerContext;
  worker: TakeWorker;
  database: DbHandle;
  /** Where the database is, to open it again after a simulated crash. */
  databaseOptions: DbOptions;
  sandboxUrl: string;
  dir: string;
  /** Stops the worker, the sandbox and the database, as a crash or restart would lose them. */
  stop(): Promise<void>;
  /** Removes what the harness made (folder, test database). */
  dispose(): Promise<void>;
  /** Creates a take of `prompt` through createTake, as the member "test", with DEFAULT_PARAMS but for `extra`. */
  createTake(prompt: string, extra?: Partial<TakeParams>): Promise<Take>;
  /** Polls the take's row until `done` says so; throws with the last state on timeout. */
  waitFor(id: string, done: (row: Take) => boolean, timeoutMs?: number): Promise<Take>;
  /** How many tasks the sandbox holds: one per take, unless something was submitted twice. */
  upstreamTaskCount(): Promise<number>;
  /** HTTP requests the sandbox has received (upstreamTaskCount itself sends one). */
  upstreamRequestCount(): number;
  logs: string[];
};

export async function startHarness(
  options: {
    dir?: string;
    /** Reopen an existing database (after `stop()`), instead of making a fresh one. */
    databaseOptions?: DbOptions;
    timeoutMs?: number;
    render?: RenderFn;
    sandboxPort?: number;
    timings?: { submittedMs: number; processingMs: number };
    retryBaseMs?: number;
    retryMaxMs?: number;
    /** Wraps the storage, e.g. to make it fail. */
    storage?: (storage: MediaStorage) => MediaStorage;
    /** Database options for a fresh database, e.g. Postgres behind a proxy the test can cut. */
    freshDatabase?: DbOptions;
  } = {},
): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "studio-takes-"));
  const fresh =
    options.databaseOptions || options.freshDatabase
      ? undefined
      : await createTestDatabase({ pgliteDir: path.join(dir, "db") });
  const databaseOptions = options.databaseOptions ?? options.freshDatabase ?? fresh?.options ?? { kind: "memory" };
  const database = await createDb(databaseOptions);
  if (database.kind === "pglite") await releaseAllLeases(database.db);
  const sandbox = await startSandboxServer({
    port: options.sandboxPort ?? 0,
    dataDir: path.join(dir, "sandbox"),
    timings: options.timings ?? { submittedMs: 100, processingMs: 300 },
    render: options.render,
  });
  const logs: string[] = [];
  const log: WorkerLogger = (level, message, fields) =>
    logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const ctx: WorkerContext = {
    db: database.db,
    kling: createKlingClient({
      baseUrl: sandbox.url,
      auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
      timeoutMs: options.timeoutMs ?? 10_000,
    }),
    storage: (options.storage ?? ((storage) => storage))(createLocalStorage(path.join(dir, "media"))),
    owner: `test-${Math.random().toString(36).slice(2, 8)}`,
    tmpDir: path.join(dir, "tmp"),
    taskDeadlineMs: 60 * 60_000,
    retryBaseMs: options.retryBaseMs ?? 1000,
    retryMaxMs: options.retryMaxMs,
    allowPrivateDownloads: true,
    now: () => new Date(),
    log,
  };
  const worker = createTakeWorker(ctx, { tickMs: 100, maxUpstreamActive: 5 });
  return {
    ctx,
    worker,
    database,
    databaseOptions,
    sandboxUrl: sandbox.url,
    dir,
    async stop() {
      await worker.stop();
      await sandbox.close();
      await database.close();
    },
    logs,
    createTake: (prompt, extra) => createTake(ctx, worker, { params: takeParams(prompt, extra), createdBy: "test" }),
    async waitFor(id, done, timeoutMs = 40_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const row = await getTake(database.db, id);
        if (row && done(row)) return row;
        if (Date.now() > deadline) {
          throw new Error(`timed out waiting for ${id}; last state ${row?.status} ${row?.lastError ?? ""}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    upstreamRequestCount: () => sandbox.requestCount(),
    async upstreamTaskCount() {
      return (await ctx.kling.listTasks({ pageNum: 1, pageSize: 500 })).length;
    },
    async dispose() {
      await fresh?.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Harnesses started through this are stopped and removed after each test, newest first. */
export function harnessesPerTest(): (options?: Parameters<typeof startHarness>[0]) => Promise<Harness> {
  const started: Harness[] = [];
  afterEach(async () => {
    // Newest first: a restarted harness shares its predecessor's database.
    for (const harness of started.splice(0).reverse()) {
      await harness.stop().catch(() => undefined);
      await harness.dispose();
    }
  });
  return async (options) => {
    const harness = await startHarness(options);
    started.push(harness);
    return harness;
  };
}

export function takeParams(prompt: string, extra: Partial<TakeParams> = {}): TakeParams {
  return { ...DEFAULT_PARAMS, prompt, ...extra };
}
