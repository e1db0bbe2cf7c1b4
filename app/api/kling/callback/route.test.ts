import { afterEach, describe, expect, it } from "vitest";
import { getTake } from "@/lib/db/queries/takes";
import type { Runtime } from "@/lib/runtime";
import { createTake } from "@/lib/worker/create";
import { type Harness, harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { POST } from "./route";

const harness = harnessesPerTest();
const state = globalThis as typeof globalThis & { __klingStudioRuntime?: Promise<Runtime> };

afterEach(() => {
  state.__klingStudioRuntime = undefined;
});

/** The route reads the process's runtime; here it is the harness's database and worker. */
function useRuntimeOf(h: Harness) {
  state.__klingStudioRuntime = Promise.resolve({ database: h.database, worker: h.worker } as unknown as Runtime);
}

function post(body: string) {
  return POST(
    new Request("http://127.0.0.1/api/kling/callback", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    }),
  );
}

describe("POST /api/kling/callback", () => {
  it("cannot finish a take with a forged body: the worker believes only its own GET", async () => {
    const h = await harness({ timings: { submittedMs: 200, processingMs: 10 * 60_000 } });
    useRuntimeOf(h);
    h.worker.start();
    const take = await createTake(h.ctx, h.worker, { params: takeParams("A guarded vault"), createdBy: "test" });
    const running = await h.waitFor(take.id, (row) => row.status === "processing" && row.leaseOwner === null);
    const forged = {
      task_id: running.upstreamTaskId,
      task_status: "succeed",
      created_at: Date.now(),
      task_info: { external_task_id: take.id },
      task_result: { videos: [{ id: "forged", url: "http://127.0.0.1:9/forged.mp4", duration: "5" }] },
    };
    const response = await post(JSON.stringify(forged));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });

    // The callback is noted, and the confirming GET says the task is still processing.
    const checked = await h.waitFor(
      take.id,
      (row) => row.pollCount > running.pollCount && row.leaseOwner === null,
      10_000,
    );
    expect(checked.callbackAt).not.toBeNull();
    expect(checked.status).toBe("processing");
    expect(checked.resultUrl).toBeNull();
    expect(checked.videoKey).toBeNull();
    expect(checked.upstreamFinishedAt).toBeNull();
  });

  it("refuses bodies that are not JSON or not a task, and acknowledges unknown tasks", async () => {
    const h = await harness();
    useRuntimeOf(h);
    expect((await post("not json")).status).toBe(400);
    const notTask = await post(JSON.stringify({ hello: "world" }));
    expect(notTask.status).toBe(400);
    expect((await notTask.json()).error.code).toBe("bad_request:callback");
    const unknown = await post(
      JSON.stringify({ task_id: "nobody-knows", task_status: "succeed", created_at: Date.now() }),
    );
    expect(unknown.status).toBe(200);
  });

  it("sets callback_at on the take it names and makes it due", async () => {
    const h = await harness({ timings: { submittedMs: 200, processingMs: 10 * 60_000 } });
    useRuntimeOf(h);
    const take = await createTake(h.ctx, h.worker, { params: takeParams("A quiet lake"), createdBy: "test" });
    // No worker running: the route's own write is what is seen.
    const before = Date.now();
    await post(JSON.stringify({ task_id: take.upstreamTaskId, task_status: "processing", created_at: Date.now() }));
    const row = await getTake(h.ctx.db, take.id);
    expect(row?.callbackAt?.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(row?.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
