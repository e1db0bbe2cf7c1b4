/**
 * Upstream and storage faults: every take ends in the right state with a clear reason, retries are
 * bounded and back off, and nothing is submitted twice or lost.
 */
import { describe, expect, it } from "vitest";
import type { Take } from "@/lib/db/schema";
import type { MediaStorage } from "@/lib/storage/storage";
import { proxyPostgres } from "@/test/support/tcp-proxy";
import { createTestDatabase, testServerUrl } from "@/test/support/test-database";
import { type Harness, harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { createTake } from "./create";
import { MAX_TRANSIENT_RETRIES } from "./schedule";

const harness = harnessesPerTest();
const FAST_RETRIES = { retryBaseMs: 20, retryMaxMs: 200 };

async function generate(h: Harness, prompt: string) {
  return createTake(h.ctx, h.worker, { params: takeParams(prompt), createdBy: "test" });
}

/** Records the delay of each retry the take was given, until `until` says it is done. */
async function retryDelays(h: Harness, id: string, until: (row: Take) => boolean): Promise<number[]> {
  const delays: number[] = [];
  let lastRetry = -1;
  await h.waitFor(
    id,
    (row) => {
      if (row.retryCount > 0 && row.retryCount !== lastRetry) {
        lastRetry = row.retryCount;
        delays.push(row.nextAttemptAt.getTime() - row.updatedAt.getTime());
      }
      return until(row);
    },
    60_000,
  );
  return delays;
}

describe("upstream faults", () => {
  it("waits out a storm of 1303 answers with growing backoff, then submits once", async () => {
    const h = await harness({ retryBaseMs: 100 });
    const take = await generate(h, "Busy account [sandbox:error=1303x4]");
    expect(take.status).toBe("queued");
    expect(take.lastError).toMatch(/parallel|concurren|slot|busy/i);
    h.worker.start();
    const delays = await retryDelays(h, take.id, (row) => row.upstreamTaskId !== null);
    expect(await h.upstreamTaskCount()).toBe(1);
    // Jitter is ±20 %, doubling is 100 %: each wait is longer than the one before.
    for (let index = 1; index < delays.length; index++) expect(delays[index]).toBeGreaterThan(delays[index - 1]);
    await h.waitFor(take.id, (row) => row.status === "ready");
  });

  for (const code of [5000, 5001, 5002]) {
    it(`retries a submit answered ${code} and then succeeds`, async () => {
      const h = await harness(FAST_RETRIES);
      h.worker.start();
      const take = await generate(h, `Server trouble [sandbox:error=${code}x2]`);
      const ready = await h.waitFor(take.id, (row) => row.status === "ready");
      expect(ready.submitAttempts).toBe(3);
      expect(await h.upstreamTaskCount()).toBe(1);
    });
  }

  it("gives up after a bounded number of server errors and says why", async () => {
    const h = await harness(FAST_RETRIES);
    h.worker.start();
    const take = await generate(h, "Always down [sandbox:error=5001x99]");
    const failed = await h.waitFor(take.id, (row) => row.status === "failed", 60_000);
    expect(failed.failureCode).toBe("kling:maintenance");
    expect(failed.failureMessage).toMatch(/maintenance/i);
    expect(failed.submitAttempts).toBe(MAX_TRANSIENT_RETRIES + 1);
    expect(await h.upstreamTaskCount()).toBe(0);
  });

  it("bounds polling of a task whose queries hang past the timeout, and reports the timeout", async () => {
    const h = await harness({ ...FAST_RETRIES, timeoutMs: 300 });
    h.worker.start();
    // Under load even the create may outlast 300 ms; either way every later look-up hangs.
    const take = await generate(h, "Hanging status [sandbox:slow-query=2000]");
    const failed = await h.waitFor(take.id, (row) => row.status === "failed", 60_000);
    expect(failed.failureCode).toBe("kling:timeout");
    expect(failed.retryCount).toBe(MAX_TRANSIENT_RETRIES);
  });

  it("reads past malformed status answers and finishes", async () => {
    const h = await harness(FAST_RETRIES);
    h.worker.start();
    const take = await generate(h, "Garbled [sandbox:malformed-query=2]");
    const ready = await h.waitFor(take.id, (row) => row.status === "ready");
    expect(ready.videoKey).toBeTruthy();
  });

  it("treats a malformed create answer as unknown and finds the task instead of submitting again", async () => {
    const h = await harness(FAST_RETRIES);
    const take = await generate(h, "Garbled create [sandbox:malformed-create]");
    expect(take.status).toBe("submitting");
    h.worker.start();
    await h.waitFor(take.id, (row) => row.status === "ready");
    expect(await h.upstreamTaskCount()).toBe(1);
  });

  it("fails with a clear reason when the result URL is already gone", async () => {
    const h = await harness(FAST_RETRIES);
    h.worker.start();
    const take = await generate(h, "Expired link [sandbox:gone]");
    const failed = await h.waitFor(take.id, (row) => row.status === "failed");
    expect(failed.failureCode).toBe("kling:video_gone");
    expect(failed.failureMessage).toMatch(/no longer has this video/);
  });
});

describe("storage faults", () => {
  it("keeps the take retryable while the disk is full and completes it later", async () => {
    let failuresLeft = 3;
    const fullDisk = (storage: MediaStorage): MediaStorage => ({
      ...storage,
      kind: storage.kind,
      async putFile(options) {
        if (failuresLeft > 0) {
          failuresLeft--;
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        }
        return storage.putFile(options);
      },
    });
    const h = await harness({ ...FAST_RETRIES, storage: fullDisk });
    h.worker.start();
    const take = await generate(h, "A big video");
    const waiting = await h.waitFor(take.id, (row) => row.status === "downloading" && row.retryCount > 0);
    expect(waiting.lastError).toMatch(/ENOSPC/);
    const ready = await h.waitFor(take.id, (row) => row.status === "ready");
    expect(failuresLeft).toBe(0);
    expect(ready.videoKey).toBeTruthy();
  });
});

describe("database faults", () => {
  it.skipIf(!testServerUrl())("survives the database being unreachable for a while (Postgres)", async () => {
    const database = await createTestDatabase();
    if (database.options.kind !== "postgres") throw new Error("expected Postgres");
    const { url, proxy } = await proxyPostgres(database.options.url);
    const h = await harness({ ...FAST_RETRIES, freshDatabase: { kind: "postgres", url, poolSize: 3 } });
    try {
      h.worker.start();
      const take = await generate(h, "Through an outage");
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(h.logs.some((line) => line.includes("worker round failed") || line.includes("step"))).toBe(true);
      proxy.restore();
      const ready = await h.waitFor(take.id, (row) => row.status === "ready", 60_000);
      expect(ready.submitAttempts).toBe(1);
      expect(await h.upstreamTaskCount()).toBe(1);
    } finally {
      await h.stop();
      proxy.close();
      await database.drop();
    }
  });
});
