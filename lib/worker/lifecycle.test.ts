import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { harnessesPerTest } from "@/test/support/worker-harness";

const harness = harnessesPerTest();

describe("the take lifecycle against the sandbox over HTTP", () => {
  it("takes a take from submit to a ready video in our storage, with poster and real duration", async () => {
    const h = await harness();
    h.worker.start();
    const take = await h.createTake("A lighthouse at dusk", { camera_intent: { type: "simple", config: { pan: 5 } } });
    expect(take.status).toBe("submitted");
    expect(take.upstreamTaskId).toBeTruthy();
    const ready = await h.waitFor(take.id, (row) => row.status === "ready");
    expect(ready.videoKey).toBe(`videos/${take.id}.mp4`);
    expect(ready.posterKey).toBe(`posters/${take.id}.jpg`);
    expect(ready.videoDurationMs).toBeGreaterThan(4900);
    expect(ready.videoDurationMs).toBeLessThan(5100);
    // The sandbox renders at 24 fps; the rate is read from the file itself.
    expect(ready.videoFps).toBe(24);
    expect(ready.unitsCharged).toBe(1);
    const video = await stat(path.join(h.dir, "media", ready.videoKey ?? ""));
    expect(video.size).toBe(ready.videoBytes);
    expect((await stat(path.join(h.dir, "media", ready.posterKey ?? ""))).size).toBeGreaterThan(1000);
  });

  it("keeps Kling's failure reason when a task fails", async () => {
    const h = await harness();
    h.worker.start();
    const take = await h.createTake("A harbour [sandbox:fail]");
    const failed = await h.waitFor(take.id, (row) => row.status === "failed");
    expect(failed.failureCode).toBe("kling:task_failed");
    expect(failed.failureMessage).toBe("Failure to pass the risk control system");
    expect(failed.unitsCharged).toBe(0);
  });

  it("fails at once, with the content filter's message, when Kling refuses the prompt", async () => {
    const h = await harness();
    const take = await h.createTake("Something [sandbox:refuse]");
    expect(take.status).toBe("failed");
    expect(take.failureCode).toBe("kling:content_safety");
    expect(take.failureMessage).toMatch(/prompt/i);
    expect(await h.upstreamTaskCount()).toBe(0);
  });

  it("keeps a take queued through 1303 answers and submits it once a slot frees", async () => {
    const h = await harness();
    const take = await h.createTake("A busy day [sandbox:error=1303x2]");
    expect(take.status).toBe("queued");
    expect(take.lastError).toMatch(/./);
    h.worker.start();
    const submitted = await h.waitFor(take.id, (row) => row.upstreamTaskId !== null);
    expect(submitted.submitAttempts).toBe(3);
    expect(await h.upstreamTaskCount()).toBe(1);
  });

  it("does not submit twice when the submit answer is lost: it finds the task by our id", async () => {
    const h = await harness({ timeoutMs: 1_000 });
    const take = await h.createTake("A slow answer [sandbox:slow-create=3000]");
    expect(take.status).toBe("submitting");
    expect(take.upstreamTaskId).toBeNull();
    h.worker.start();
    const ready = await h.waitFor(take.id, (row) => row.status === "ready");
    expect(ready.submitAttempts).toBe(1);
    expect(await h.upstreamTaskCount()).toBe(1);
  });

  it("resumes every unfinished take after a restart mid-take and still ends ready", async () => {
    const first = await harness({ timings: { submittedMs: 300, processingMs: 1500 } });
    const take = await first.createTake("Restart me");
    expect(take.status).toBe("submitted");
    const sandboxPort = Number(new URL(first.sandboxUrl).port);
    // Everything goes away at once, as in a crash: worker, sandbox, database handle.
    await first.stop();

    const second = await harness({
      dir: first.dir,
      databaseOptions: first.databaseOptions,
      sandboxPort,
      timings: { submittedMs: 300, processingMs: 1500 },
    });
    second.worker.start();
    const ready = await second.waitFor(take.id, (row) => row.status === "ready");
    expect(ready.submitAttempts).toBe(1);
    expect(ready.videoKey).toBeTruthy();
    expect(await second.upstreamTaskCount()).toBe(1);
  });
});
