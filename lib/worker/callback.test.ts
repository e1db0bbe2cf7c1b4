import { describe, expect, it } from "vitest";
import { getTake } from "@/lib/db/queries/takes";
import { harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { acceptCallback } from "./callback";
import { createTake } from "./create";
import { CALLBACK_SAFETY_POLL_MS, pollDelayMs } from "./schedule";
import { createTakeWorker } from "./worker";

const harness = harnessesPerTest();
/** Long enough that every take here stays running for the whole test. */
const LONG = { submittedMs: 200, processingMs: 10 * 60_000 };

describe("Kling's callbacks and the worker's schedule", () => {
  it("notes a callback, confirms it with a GET, then polls the take only on the safety interval", async () => {
    const h = await harness({ timings: LONG });
    h.worker.start();
    const take = await createTake(h.ctx, h.worker, { params: takeParams("A slow glacier"), createdBy: "test" });
    const running = await h.waitFor(take.id, (row) => row.status === "processing" && row.leaseOwner === null);
    expect(running.callbackAt).toBeNull();
    // The regular schedule: the next poll is at most one young-task interval away.
    expect(running.nextAttemptAt.getTime() - running.updatedAt.getTime()).toBeLessThanOrEqual(pollDelayMs(0) + 50);

    expect(await acceptCallback(h.ctx.db, h.worker, { taskId: running.upstreamTaskId ?? "" })).toBe("noted");
    const confirmed = await h.waitFor(
      take.id,
      (row) =>
        row.pollCount > running.pollCount &&
        row.leaseOwner === null &&
        row.nextAttemptAt.getTime() > Date.now() + 10_000,
      10_000,
    );
    expect(confirmed.callbackAt).not.toBeNull();
    expect(confirmed.status).toBe("processing");
    const gap = confirmed.nextAttemptAt.getTime() - confirmed.updatedAt.getTime();
    expect(gap).toBeGreaterThanOrEqual(CALLBACK_SAFETY_POLL_MS - 50);
    expect(gap).toBeLessThanOrEqual(CALLBACK_SAFETY_POLL_MS + 1_000);

    // Where the regular schedule would have polled again (every 2 s), the take is left alone.
    await new Promise((resolve) => setTimeout(resolve, 2 * pollDelayMs(0) + 500));
    expect((await getTake(h.ctx.db, take.id))?.pollCount).toBe(confirmed.pollCount);
  });

  it("a later callback still makes the take due at once, so a finished take is seen without waiting", async () => {
    const h = await harness({ timings: { submittedMs: 200, processingMs: 6_000 } });
    h.worker.start();
    const take = await createTake(h.ctx, h.worker, { params: takeParams("A quick heron"), createdBy: "test" });
    const running = await h.waitFor(take.id, (row) => row.status === "processing" && row.leaseOwner === null);
    await acceptCallback(h.ctx.db, h.worker, { externalTaskId: take.id });
    await h.waitFor(
      take.id,
      (row) => row.callbackAt !== null && row.nextAttemptAt.getTime() > Date.now() + 10_000,
      5_000,
    );
    // Kling's "succeed" callback: the take is on the safety interval, yet it is confirmed and saved at once.
    const task = await h.ctx.kling.getTask(running.upstreamTaskId ?? "");
    const succeedsAt = task.createdAt + 200 + 6_000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, succeedsAt - Date.now()) + 50));
    const calledAt = Date.now();
    await acceptCallback(h.ctx.db, h.worker, { taskId: running.upstreamTaskId ?? "" });
    const ready = await h.waitFor(take.id, (row) => row.status === "ready", 15_000);
    expect((ready.upstreamFinishedAt?.getTime() ?? Infinity) - calledAt).toBeLessThan(1_000);
  });

  it("ignores callbacks for unknown and finished takes", async () => {
    const h = await harness();
    h.worker.start();
    expect(await acceptCallback(h.ctx.db, h.worker, { taskId: "no-such-task" })).toBe("unknown");
    const take = await createTake(h.ctx, h.worker, { params: takeParams("A short pan"), createdBy: "test" });
    const ready = await h.waitFor(take.id, (row) => row.status === "ready");
    expect(await acceptCallback(h.ctx.db, h.worker, { externalTaskId: take.id })).toBe("finished");
    expect((await getTake(h.ctx.db, take.id))?.updatedAt).toEqual(ready.updatedAt);
  });
});

describe("the worker's wake-up", () => {
  it("polls a take when it falls due, not at the next tick", async () => {
    const h = await harness({ timings: { submittedMs: 200, processingMs: 1_500 } });
    // A tick far longer than the test: only wake-ups at the due time can move the take.
    const worker = createTakeWorker(h.ctx, { tickMs: 60_000, maxUpstreamActive: 5 });
    worker.start();
    try {
      const take = await createTake(h.ctx, worker, {
        params: takeParams("A lighthouse"),
        createdBy: "test",
        submitNow: false,
      });
      const ready = await h.waitFor(take.id, (row) => row.status === "ready", 15_000);
      const task = await h.ctx.kling.getTask(ready.upstreamTaskId ?? "");
      const succeededAt = task.createdAt + 200 + 1_500;
      // Seen within a few young-task poll intervals after Kling's "succeed" (2 s each; a loaded machine adds
      // seconds), where a worker moved by its 60 s tick alone would not have seen it for a minute.
      expect((ready.upstreamFinishedAt?.getTime() ?? Infinity) - succeededAt).toBeLessThanOrEqual(5 * pollDelayMs(0));
      expect(ready.pollCount).toBeGreaterThanOrEqual(1);
    } finally {
      await worker.stop();
    }
  });
});
