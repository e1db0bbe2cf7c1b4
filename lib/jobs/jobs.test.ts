import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createGeneration } from "./create";
import { takeParams, useHarnesses } from "./test-harness";

const harness = useHarnesses();
const params = takeParams;

describe("generation jobs against the sandbox over HTTP", () => {
  it("takes a job from submit to a ready video in our storage, with poster and real duration", async () => {
    const h = await harness();
    h.worker.start();
    const job = await createGeneration(h.ctx, h.worker, {
      params: params("A lighthouse at dusk", { camera_intent: { type: "simple", config: { pan: 5 } } }),
      createdBy: "test",
    });
    expect(job.status).toBe("submitted");
    expect(job.upstreamTaskId).toBeTruthy();
    const ready = await h.waitFor(job.id, (row) => row.status === "ready");
    expect(ready.videoKey).toBe(`videos/${job.id}.mp4`);
    expect(ready.posterKey).toBe(`posters/${job.id}.jpg`);
    expect(ready.videoDurationMs).toBeGreaterThan(4900);
    expect(ready.videoDurationMs).toBeLessThan(5100);
    expect(ready.unitsCharged).toBe(1);
    const video = await stat(path.join(h.dir, "media", ready.videoKey ?? ""));
    expect(video.size).toBe(ready.videoBytes);
    expect((await stat(path.join(h.dir, "media", ready.posterKey ?? ""))).size).toBeGreaterThan(1000);
  });

  it("keeps Kling's failure reason when a task fails", async () => {
    const h = await harness();
    h.worker.start();
    const job = await createGeneration(h.ctx, h.worker, { params: params("A harbour [sandbox:fail]"), createdBy: "test" });
    const failed = await h.waitFor(job.id, (row) => row.status === "failed");
    expect(failed.failureCode).toBe("kling:task_failed");
    expect(failed.failureMessage).toBe("Failure to pass the risk control system");
    expect(failed.unitsCharged).toBe(0);
  });

  it("fails at once, with the content filter's message, when Kling refuses the prompt", async () => {
    const h = await harness();
    const job = await createGeneration(h.ctx, h.worker, { params: params("Something [sandbox:refuse]"), createdBy: "test" });
    expect(job.status).toBe("failed");
    expect(job.failureCode).toBe("kling:content_safety");
    expect(job.failureMessage).toMatch(/prompt/i);
    expect(await h.upstreamTaskCount()).toBe(0);
  });

  it("keeps a job queued through 1303 answers and submits it once a slot frees", async () => {
    const h = await harness();
    const job = await createGeneration(h.ctx, h.worker, {
      params: params("A busy day [sandbox:error=1303x2]"),
      createdBy: "test",
    });
    expect(job.status).toBe("queued");
    expect(job.lastError).toMatch(/./);
    h.worker.start();
    const submitted = await h.waitFor(job.id, (row) => row.upstreamTaskId !== null);
    expect(submitted.submitAttempts).toBe(3);
    expect(await h.upstreamTaskCount()).toBe(1);
  });

  it("does not submit twice when the submit answer is lost: it finds the task by our id", async () => {
    const h = await harness({ timeoutMs: 1_000 });
    const job = await createGeneration(h.ctx, h.worker, {
      params: params("A slow answer [sandbox:slow-create=3000]"),
      createdBy: "test",
    });
    expect(job.status).toBe("submitting");
    expect(job.upstreamTaskId).toBeNull();
    h.worker.start();
    const ready = await h.waitFor(job.id, (row) => row.status === "ready");
    expect(ready.submitAttempts).toBe(1);
    expect(await h.upstreamTaskCount()).toBe(1);
  });

  it("resumes every unfinished job after a restart mid-job and still ends ready", async () => {
    const first = await harness({ timings: { submittedMs: 300, processingMs: 1500 } });
    const job = await createGeneration(first.ctx, first.worker, { params: params("Restart me"), createdBy: "test" });
    expect(job.status).toBe("submitted");
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
    const ready = await second.waitFor(job.id, (row) => row.status === "ready");
    expect(ready.submitAttempts).toBe(1);
    expect(ready.videoKey).toBeTruthy();
    expect(await second.upstreamTaskCount()).toBe(1);
  });
});
