/**
 * The studio's process-wide services, built once: env, database (migrated), storage, the Kling
 * client, the built-in sandbox when no real Kling is configured, the take worker and the camera checker. Kept on
 * globalThis because Next.js bundles instrumentation, routes and actions separately, and they must
 * share one database handle (PGlite allows only one) and one worker.
 */
import { releaseAllLeases } from "@/lib/db/queries/take-leases";
import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import { createStudioAuth, type StudioAuth } from "@/lib/auth/auth";
import { type InternalAccess, openInternalAccess } from "@/lib/auth/internal-access";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { measureCameraMove } from "@/lib/camera-check/measure";
import { cameraVerdict } from "@/lib/camera-check/verdict";
import { createDb, type DbHandle } from "@/lib/db/client";
import { callbackUrl, dataDir, type Env, getEnv, klingTarget } from "@/lib/env";
import { createKlingClient, type KlingClient } from "@/lib/kling/client";
import { log } from "@/lib/log";
import { createSandbox, SANDBOX_DEFAULT_AUTH, type Sandbox } from "@/lib/sandbox/service";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createS3Storage } from "@/lib/storage/s3-storage";
import type { MediaStorage } from "@/lib/storage/storage";
import { type CameraChecker, createCameraChecker } from "@/lib/worker/camera-checker";
import { studioWorkerLogger, type WorkerContext } from "@/lib/worker/context";
import { createTakeWorker, type TakeWorker } from "@/lib/worker/worker";

export type Runtime = {
  env: Env;
  database: DbHandle;
  storage: MediaStorage;
  kling: KlingClient;
  sandbox?: Sandbox;
  workerContext: WorkerContext;
  worker: TakeWorker;
  /** Measures the camera move of each stored video, beside the worker (lib/worker/camera-checker.ts). */
  cameraChecker: CameraChecker;
  /** Calls `listener` whenever something a person sees of a take changed in this process; returns the unsubscribe. */
  onTakeChange(listener: () => void): () => void;
  /** Accounts and sessions (Better Auth); see docs/accounts.md. */
  auth: StudioAuth;
  /** The studio's secret (lib/auth/secret.ts): signs session cookies and share links' unlock cookies. */
  secret: string;
  /** With PGlite, how `npm run user:create` reaches this process (which alone may open the folder). */
  internalAccess?: InternalAccess;
};

const globalState = globalThis as typeof globalThis & { __klingStudioRuntime?: Promise<Runtime> };

export function getRuntime(): Promise<Runtime> {
  globalState.__klingStudioRuntime ??= buildRuntime().catch((error: unknown) => {
    globalState.__klingStudioRuntime = undefined;
    throw error;
  });
  return globalState.__klingStudioRuntime;
}

async function buildRuntime(): Promise<Runtime> {
  const env = getEnv();
  const root = dataDir(env);
  // Before the database opens: a bad secret file stops start-up without leaving the folder locked.
  const secret = resolveAuthSecret({ configured: env.BETTER_AUTH_SECRET, dataDir: root });
  if (secret.source === "generated" && env.DATABASE_URL) {
    log.warn(
      "generated a session secret; set BETTER_AUTH_SECRET to one value on every process that shares this database",
      { file: secret.file },
    );
  }
  const database = await createDb(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: path.join(root, "db") },
  );
  // With PGlite this process is the only one that can hold a lease, so leases left by a crash are stale.
  if (database.kind === "pglite") await releaseAllLeases(database.db);

  const target = klingTarget(env);
  const sandbox = target.useBuiltInSandbox
    ? createSandbox({
        dataDir: path.join(root, "sandbox"),
        basePath: "/sandbox",
        timings: { submittedMs: env.SANDBOX_SUBMITTED_MS, processingMs: env.SANDBOX_PROCESSING_MS },
      })
    : undefined;
  const kling = createKlingClient({
    baseUrl: target.baseUrl,
    auth: target.auth ?? { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
    timeoutMs: env.KLING_REQUEST_TIMEOUT_MS,
  });
  const storage = createStorage(env, root);
  const workerContext: WorkerContext = {
    db: database.db,
    kling,
    storage,
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    tmpDir: path.join(root, "tmp"),
    callbackUrl: callbackUrl(env),
    taskDeadlineMs: env.KLING_TASK_DEADLINE_MS,
    allowPrivateDownloads: isLocalUrl(target.baseUrl),
    now: () => new Date(),
    log: studioWorkerLogger,
  };
  const worker = createTakeWorker(workerContext, {
    tickMs: env.STUDIO_WORKER_TICK_MS,
    maxUpstreamActive: env.KLING_MAX_CONCURRENT_TASKS,
    leaseMs: env.STUDIO_WORKER_LEASE_MS,
  });
  const cameraChecker = createCameraChecker(workerContext, {
    measure: measureCameraMove,
    judge: cameraVerdict,
    backfillPauseMs: env.STUDIO_CAMERA_BACKFILL_PAUSE_MS,
  });
  // A stored video is the checker's cue to measure it.
  worker.onStep(() => cameraChecker.wake());
  const onTakeChange = (listener: () => void) => {
    const offStep = worker.onStep(listener);
    const offChecked = cameraChecker.onChecked(listener);
    return () => {
      offStep();
      offChecked();
    };
  };
  const auth = createStudioAuth({ db: database.db, env, secret: secret.value });
  const internalAccess = database.kind === "pglite" ? openInternalAccess({ dataDir: root, port: env.PORT }) : undefined;
  return {
    env,
    database,
    storage,
    kling,
    sandbox,
    workerContext,
    worker,
    cameraChecker,
    onTakeChange,
    auth,
    secret: secret.value,
    internalAccess,
  };
}

function createStorage(env: Env, root: string): MediaStorage {
  if (env.STUDIO_STORAGE === "s3" && env.S3_BUCKET) {
    return createS3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      prefix: env.S3_PREFIX,
    });
  }
  return createLocalStorage(path.join(root, "media"));
}

function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]" || host.endsWith(".localhost");
}
