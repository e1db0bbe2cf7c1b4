/**
 * The built-in Kling-compatible service: the studio's upstream when no real credentials are set, and
 * the fake every test talks to over real HTTP. It speaks the contract in /work/shared/kling-api.md
 * (envelope, codes, both auth modes, lifecycle, callbacks) and renders a real MP4 for every task.
 *
 * It is a web-standard `Request → Response` handler, so it mounts as a Next.js route handler under a
 * prefix (e.g. "/sandbox") and runs standalone through node-server.ts. Fault markers in the prompt
 * (see sandbox-faults.ts and docs/sandbox.md) make it fail on demand.
 */
import "server-only";
import type { SandboxAuthConfig } from "./sandbox-auth";
import { checkAuthorization } from "./sandbox-auth";
import type { SandboxContext, SandboxTimings } from "./sandbox-context";
import { handleCreate } from "./sandbox-create";
import { createAttemptCounter } from "./sandbox-faults";
import { serveVideo } from "./sandbox-files";
import { errorResponse } from "./sandbox-http";
import { handleListOrLookup, handleQuery } from "./sandbox-query";
import type { RenderFn } from "./sandbox-runner";
import { createTaskRunner, defaultRender } from "./sandbox-runner";
import { createSandboxStore } from "./sandbox-store";

// Part of createSandbox's options; defined beside the code that calls it.
export type { RenderFn } from "./sandbox-runner";

/** Published on purpose: the sandbox guards nothing, it only checks that clients sign correctly. */
export const SANDBOX_DEFAULT_AUTH: SandboxAuthConfig = {
  accessKey: "sandbox-access-key",
  secretKey: "sandbox-secret-key",
  apiKeys: ["sk-sandbox"],
};
export const SANDBOX_DEFAULT_TIMINGS: SandboxTimings = { submittedMs: 1000, processingMs: 3000 };
export const SANDBOX_DEFAULT_MAX_CONCURRENT_TASKS = 5;

export type SandboxOptions = {
  /** Tasks go to `{dataDir}/tasks/`, videos to `{dataDir}/videos/`. */
  dataDir: string;
  /** Where the handler is mounted, e.g. "/sandbox"; "" when it owns the whole server. */
  basePath?: string;
  timings?: SandboxTimings;
  auth?: SandboxAuthConfig;
  /** Tasks allowed between submit and end; one more is answered 429/1303. */
  maxConcurrentTasks?: number;
  render?: RenderFn;
  now?: () => number;
};

export type Sandbox = {
  handle(request: Request): Promise<Response>;
  /** Stops timers and callbacks, waits for running renders and pending writes. */
  close(): Promise<void>;
};

const TEXT2VIDEO = "/v1/videos/text2video";

export function createSandbox(options: SandboxOptions): Sandbox {
  const basePath = normaliseBasePath(options.basePath ?? "");
  const now = options.now ?? Date.now;
  const store = createSandboxStore(options.dataDir);
  const runner = createTaskRunner({ store, render: options.render ?? defaultRender, now, basePath });
  const closing = new AbortController();
  const ctx: SandboxContext = {
    store,
    runner,
    counters: createAttemptCounter(),
    auth: options.auth ?? SANDBOX_DEFAULT_AUTH,
    basePath,
    timings: options.timings ?? SANDBOX_DEFAULT_TIMINGS,
    maxConcurrentTasks: options.maxConcurrentTasks ?? SANDBOX_DEFAULT_MAX_CONCURRENT_TASKS,
    now,
    closing: closing.signal,
  };
  // Loading starts at once, so a restarted sandbox resumes renders and callbacks before any request.
  const ready = store.load().then(() => {
    for (const record of store.list()) runner.track(record);
  });
  ready.catch(() => {});

  return {
    async handle(request) {
      try {
        await ready;
      } catch {
        return errorResponse(5000, "The sandbox cannot use its data directory");
      }
      if (closing.signal.aborted) return errorResponse(5001, "The sandbox is shutting down");
      try {
        return await route(request, ctx);
      } catch {
        // Every bad input has its own answer above; reaching this is a sandbox bug, not the caller's.
        return errorResponse(5000, "Sandbox internal error");
      }
    },

    async close() {
      closing.abort();
      await ready.catch(() => {});
      await runner.close();
      await store.flush();
    },
  };
}

async function route(request: Request, ctx: SandboxContext): Promise<Response> {
  const url = new URL(request.url);
  const local = stripBasePath(url.pathname, ctx.basePath);
  if (local === undefined) return errorResponse(1202, "No such endpoint");

  const file = /^\/files\/([^/]+)$/.exec(local);
  if (file) return serveVideo(request, { store: ctx.store, name: file[1] });
  if (!local.startsWith("/v1/")) return errorResponse(1202, "No such endpoint");

  const auth = await checkAuthorization({
    header: request.headers.get("authorization"),
    config: ctx.auth,
    nowMs: ctx.now(),
  });
  if (!auth.ok) return errorResponse(auth.code, auth.message);

  const path = local.replace(/\/+$/, "");
  if (path === TEXT2VIDEO) {
    if (request.method === "POST") return handleCreate(request, ctx);
    if (request.method === "GET") return handleListOrLookup(request, ctx);
    return errorResponse(1202, `${request.method} is not supported here; use POST to create or GET to query`);
  }
  const byId = /^\/v1\/videos\/text2video\/([^/]+)$/.exec(path);
  if (byId) {
    if (request.method !== "GET") return errorResponse(1202, `${request.method} is not supported here; use GET`);
    const id = safeDecode(byId[1]);
    if (id === undefined) return errorResponse(1203, "Task does not exist");
    return handleQuery({ request, ctx, id });
  }
  return errorResponse(1202, "No such endpoint");
}

function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, "");
  if (trimmed === "") return "";
  return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

function stripBasePath(pathname: string, basePath: string): string | undefined {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
