/**
 * The cost of watching: several tabs polling many running takes, with two workers (as two server
 * processes would) sharing one database. Upstream GETs are counted on the wire, by a proxy in front of
 * the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { getTake } from "@/lib/db/queries/takes";
import { createKlingClient } from "@/lib/kling/client";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
import { createTake } from "@/lib/worker/create";
import { pollDelayMs } from "@/lib/worker/schedule";
import { createTakeWorker, type TakeWorker } from "@/lib/worker/worker";
import { startCountingProxy } from "@/test/support/counting-proxy";
import { startTestSandbox } from "@/test/support/sandbox-test-kit";
import { type Harness, startHarness } from "@/test/support/worker-harness";
import { readTakeStatus } from "./status";

const TAKES = 24;
const TABS = 3;
const TAB_INTERVAL_MS = 2_000;
const ROUNDS = 6;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

describe("polling many running takes from several tabs", () => {
  it("costs one status request per tab per round and at most one upstream GET per take per interval", async () => {
    const harness = await startHarness();
    cleanups.push(
      () => harness.dispose(),
      () => harness.stop(),
    );
    // Long processing keeps every take running for the whole test; room for all of them at once upstream.
    const sandbox = await startTestSandbox({
      maxConcurrentTasks: 50,
      timings: { submittedMs: 300, processingMs: 10 * 60_000 },
    });
    cleanups.push(() => sandbox.cleanup());
    const proxy = await startCountingProxy(sandbox.url);
    cleanups.push(() => proxy.close());

    const workers = ["process-a", "process-b"].map((owner) => workerFor({ harness, proxyUrl: proxy.url, owner }));
    cleanups.push(...workers.map((worker) => () => worker.stop()));
    const ids: string[] = [];
    for (let index = 0; index < TAKES; index++) {
      const take = await createTake(harness.ctx, workers[0], {
        params: { ...DEFAULT_PARAMS, prompt: `Watched take ${index}` },
        createdBy: "test",
        submitNow: false,
      });
      ids.push(take.id);
    }
    for (const worker of workers) worker.start();
    await waitUntil(async () => {
      const rows = await Promise.all(ids.map((id) => getTake(harness.ctx.db, id)));
      return rows.every((row) => row?.status === "processing");
    });

    // Tabs poll the way the browser hook does: one request per round for all the takes, with the ETag.
    const tabs = Array.from({ length: TABS }, () => ({
      requests: 0,
      notModified: 0,
      etag: undefined as string | undefined,
    }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const tab of tabs) {
        const answer = await readTakeStatus(harness.ctx.db, { ids, filters: {} }, tab.etag);
        tab.requests++;
        if (!answer.body) tab.notModified++;
        else expect(answer.body.items).toHaveLength(TAKES);
        tab.etag = answer.etag;
      }
      await sleep(TAB_INTERVAL_MS);
    }
    const end = Date.now();
    await Promise.all(workers.map((worker) => worker.stop()));

    for (const tab of tabs) {
      expect(tab.requests).toBe(ROUNDS);
      // Every take stays "processing": after the first answer, each poll is an empty 304.
      expect(tab.notModified).toBe(ROUNDS - 1);
    }
    for (const id of ids) {
      const row = await getTake(harness.ctx.db, id);
      const taskId = row?.upstreamTaskId ?? "";
      const submittedAt = row?.submittedAt?.getTime() ?? 0;
      const gets = proxy.lookups(taskId);
      expect(gets).toBeGreaterThanOrEqual(1);
      expect(gets).toBeLessThanOrEqual(allowedPolls(submittedAt, end));
    }

    // With no worker running, tabs keep polling and Kling hears nothing: browsers only read our database.
    const before = proxy.total();
    for (let round = 0; round < 3; round++) {
      for (const tab of tabs) await readTakeStatus(harness.ctx.db, { ids, filters: {} }, tab.etag);
    }
    expect(proxy.total()).toBe(before);
  }, 120_000);
});

/** The most polls the schedule allows between submission and `end`: one per interval, intervals growing with age. */
function allowedPolls(submittedAt: number, end: number): number {
  let polls = 0;
  for (let at = submittedAt; at <= end; at += pollDelayMs(at - submittedAt)) polls++;
  return polls;
}

function workerFor(input: { harness: Harness; proxyUrl: string; owner: string }): TakeWorker {
  const kling = createKlingClient({
    baseUrl: input.proxyUrl,
    auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
    timeoutMs: 10_000,
  });
  return createTakeWorker({ ...input.harness.ctx, kling, owner: input.owner }, { tickMs: 100, maxUpstreamActive: 50 });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(100);
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
