/** The polling bench's studio, sandbox and queued takes, each in a fresh data folder. */

import { copyFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { startSandboxServer } from "@/lib/sandbox/node-server";
import { type RenderFn, SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import type { TakeStatusBody, TakeView } from "@/lib/takes/view";
import { pollDelayMs } from "@/lib/worker/schedule";
import { takeRow } from "@/test/support/take-rows";
import { createBenchAccount } from "./session";
import { startStudioServer } from "./studio-server";
import { quantileOfSorted } from "./timing";

const PORT = Number(process.env.POLLING_BENCH_PORT ?? 4111);
export const STATUS_PATH = "/api/generations/status";

/** Queued takes in a fresh data folder, written before the studio opens it (PGlite allows one process). */
export async function seedQueued(input: { dir: string; count: number; prompt: string }): Promise<string[]> {
  const database = await createDb({ kind: "pglite", dataDir: path.join(input.dir, "db") });
  try {
    const ids: string[] = [];
    const now = Date.now();
    for (let index = 0; index < input.count; index++) {
      const at = new Date(now + index);
      const row = await insertTakeRow(
        database.db,
        takeRow({
          createdAt: at,
          updatedAt: at,
          createdBy: "bench",
          prompt: `${input.prompt} ${index + 1}`,
          nextAttemptAt: at,
        }),
      );
      ids.push(row.id);
    }
    await createBenchAccount(database.db);
    return ids;
  } finally {
    await database.close();
  }
}

/** The sandbox, rendering by copying one real MP4 (50 real renders would measure the renderer instead). */
export function startSandbox(input: {
  dir: string;
  video: string;
  timings: { submittedMs: number; processingMs: number };
}) {
  const render: RenderFn = async (clip) => {
    await copyFile(input.video, clip.outFile);
    return { width: 640, height: 360, fps: 24, frames: 120, elapsedMs: 0 };
  };
  return startSandboxServer({
    port: 0,
    dataDir: path.join(input.dir, "sandbox"),
    timings: input.timings,
    maxConcurrentTasks: 100,
    render,
  });
}

export function startStudio(input: { dir: string; proxyUrl: string; maxConcurrent: number; callbacks?: boolean }) {
  return startStudioServer({
    port: PORT,
    env: {
      STUDIO_DATA_DIR: input.dir,
      DATABASE_URL: "",
      KLING_API_BASE_URL: input.proxyUrl,
      KLING_ACCESS_KEY: SANDBOX_DEFAULT_AUTH.accessKey,
      KLING_SECRET_KEY: SANDBOX_DEFAULT_AUTH.secretKey,
      KLING_MAX_CONCURRENT_TASKS: String(input.maxConcurrent),
      STUDIO_PUBLIC_URL: input.callbacks ? `http://127.0.0.1:${PORT}` : "",
    },
  });
}

/** Waits until every take satisfies `done`, asking the status API (outside any measured window). */
export async function waitForTakes(
  url: string,
  cookie: string,
  ids: string[],
  done: (take: TakeView) => boolean,
  timeoutMs = 120_000,
): Promise<TakeView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}${STATUS_PATH}?ids=${ids.join(",")}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`status API: HTTP ${response.status}`);
    const body: TakeStatusBody = await response.json();
    if (body.items.length === ids.length && body.items.every(done)) return body.items;
    if (Date.now() > deadline) throw new Error("takes did not reach the expected state in time");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function watchStatus(page: Page) {
  const seen: { at: number; ids: number; status: number }[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname !== STATUS_PATH) return;
    const ids = (url.searchParams.get("ids") ?? "").split(",").filter(Boolean).length;
    seen.push({ at: Date.now(), ids, status: response.status() });
  });
  return { between: (from: number, to: number) => seen.filter((entry) => entry.at >= from && entry.at < to) };
}

/** Lookups the worker's schedule allows in [from, to) for a take submitted at `submittedAt`. */
export function allowedPolls(submittedAt: number, from: number, to: number): number {
  let polls = 0;
  for (let at = submittedAt + pollDelayMs(0); at < to; at += pollDelayMs(at - submittedAt)) if (at >= from) polls++;
  // The first lookup in the window may come from a slot that fell due just before it.
  return polls + 1;
}

export function quantile(values: number[], q: number): number {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    q,
  );
}

export function ms(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en") : "–";
}
