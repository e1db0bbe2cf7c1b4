/**
 * A complete job pipeline for tests: a real database (PGlite, in memory or in a folder), the sandbox
 * on a loopback port speaking real HTTP, the real client, local storage in a temp folder.
 */
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type DbHandle } from "@/lib/db/client";
import { releaseAllLeases } from "@/lib/db/queries/generations";
import type { RenderFn } from "@/lib/sandbox/service";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import { createKlingClient } from "@/lib/kling/client";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { JobContext, JobLogger } from "./context";
import { createGenerationWorker, type GenerationWorker } from "./worker";

export type Harness = {
  ctx: JobContext;
  worker: GenerationWorker;
  database: DbHandle;
  sandboxUrl: string;
  dir: string;
  /** Stops the worker, the sandbox and the database, as a crash or restart would lose them. */
  stop(): Promise<void>;
};

export async function startHarness(options: {
  dir?: string;
  timeoutMs?: number;
  render?: RenderFn;
  sandboxPort?: number;
  timings?: { submittedMs: number; processingMs: number };
} = {}): Promise<Harness> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "studio-jobs-"));
  const database = await createDb({ kind: "pglite", dataDir: path.join(dir, "db") });
  await releaseAllLeases(database.db);
  const sandbox = await startSandboxServer({
    port: options.sandboxPort ?? 0,
    dataDir: path.join(dir, "sandbox"),
    timings: options.timings ?? { submittedMs: 100, processingMs: 300 },
    render: options.render,
  });
  const logs: string[] = [];
  const log: JobLogger = (level, message, fields) => logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const ctx: JobContext = {
    db: database.db,
    kling: createKlingClient({
      baseUrl: sandbox.url,
      auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
      timeoutMs: options.timeoutMs ?? 10_000,
    }),
    storage: createLocalStorage(path.join(dir, "media")),
    owner: `test-${Math.random().toString(36).slice(2, 8)}`,
    tmpDir: path.join(dir, "tmp"),
    taskDeadlineMs: 60 * 60_000,
    allowPrivateDownloads: true,
    now: () => new Date(),
    log,
  };
  const worker = createGenerationWorker(ctx, { tickMs: 100, maxUpstreamActive: 5 });
  return {
    ctx,
    worker,
    database,
    sandboxUrl: sandbox.url,
    dir,
    async stop() {
      await worker.stop();
      await sandbox.close();
      await database.close();
    },
  };
}

export async function removeHarnessDir(dir: string) {
  await rm(dir, { recursive: true, force: true });
}
