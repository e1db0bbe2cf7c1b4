/**
 * Helpers for tests that need the sandbox on a loopback port: a temp data dir, a fast fake renderer
 * for tests where the video's content does not matter, and small HTTP helpers. Not used at runtime.
 */
import "server-only";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { signKlingToken } from "@/lib/kling/auth";
import type { SandboxServer } from "@/lib/sandbox/node-server";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import type { RenderClipOptions } from "@/lib/sandbox/render";
import type { RenderFn } from "@/lib/sandbox/sandbox-runner";
import type { SandboxOptions } from "@/lib/sandbox/service";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";

/** The sandbox's own credentials, as a Kling client's JWT auth. */
export const SANDBOX_JWT = {
  kind: "jwt",
  accessKey: SANDBOX_DEFAULT_AUTH.accessKey,
  secretKey: SANDBOX_DEFAULT_AUTH.secretKey,
} as const;

export type TestSandbox = SandboxServer & { dataDir: string; renders: RenderClipOptions[]; cleanup(): Promise<void> };

/** Starts a sandbox on port 0 in a fresh temp dir; `cleanup` closes it and removes the dir. */
export async function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<TestSandbox> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "kling-sandbox-")));
  const renders: RenderClipOptions[] = [];
  const inner = options.render ?? fakeRender();
  const render: RenderFn = (clip) => {
    renders.push(clip);
    return inner(clip);
  };
  const server = await startSandboxServer({
    port: 0,
    timings: { submittedMs: 50, processingMs: 150 },
    ...options,
    dataDir,
    render,
  });
  return {
    ...server,
    dataDir,
    renders,
    async cleanup() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A renderer that writes a few bytes instead of a video, after an optional delay. */
export function fakeRender(options: { delayMs?: number; fail?: string } = {}): RenderFn {
  return async (clip) => {
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.fail) throw new Error(options.fail);
    const temp = `${clip.outFile}.fake.partial`;
    await writeFile(temp, Buffer.from(`fake mp4 for: ${clip.prompt}`.padEnd(256, ".")));
    await rename(temp, clip.outFile);
    const fps = clip.fps ?? 24;
    return { width: 640, height: 360, fps, frames: Math.round(clip.durationSec * fps), elapsedMs: 0 };
  };
}

/** A valid JWT for the default sandbox account, optionally from another point in time or key. */
export async function sandboxToken(options: { nowMs?: number; secretKey?: string; accessKey?: string } = {}) {
  return signKlingToken({
    accessKey: options.accessKey ?? SANDBOX_DEFAULT_AUTH.accessKey,
    secretKey: options.secretKey ?? SANDBOX_DEFAULT_AUTH.secretKey,
    nowSec: Math.floor((options.nowMs ?? Date.now()) / 1000),
  });
}

// biome-ignore lint/suspicious/noExplicitAny: `data` stays loosely typed; tests assert on the wire fields directly, which is their point.
export type ApiAnswer = { status: number; body: { code: number; message: string; request_id?: string; data: any } };

/** One call to the sandbox's API with the default API key (or the given Authorization). */
export async function callSandbox(
  baseUrl: string,
  request: { method?: string; path: string; body?: unknown; rawBody?: string; authorization?: string | null },
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const authorization =
    request.authorization === undefined ? `Bearer ${SANDBOX_DEFAULT_AUTH.apiKeys[0]}` : request.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method ?? (request.body === undefined && request.rawBody === undefined ? "GET" : "POST"),
    headers,
    body: request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
  });
  return { status: response.status, body: await response.json() };
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what ?? "a condition"}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 25));
  }
}

/** A sandbox for one test file: started before its tests and closed after them; call it inside a test. */
export function sandboxPerFile(options: Partial<SandboxOptions> = {}): () => TestSandbox {
  let sandbox: TestSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(options);
  });
  afterAll(async () => {
    await sandbox?.cleanup();
  });
  return () => {
    if (!sandbox) throw new Error("the sandbox starts in beforeAll: use it inside a test");
    return sandbox;
  };
}
