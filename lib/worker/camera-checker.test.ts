import { describe, expect, it } from "vitest";
import { measureCameraMove } from "@/lib/camera-check/measure";
import { cameraVerdict } from "@/lib/camera-check/verdict";
import { getTake } from "@/lib/db/queries/takes";
import { renderClip } from "@/lib/sandbox/render";
import { harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { createCameraChecker, type MeasuredVideo } from "./camera-checker";
import { createTake } from "./create";

const harness = harnessesPerTest();
const PAN_RIGHT = { type: "simple", config: { pan: 5 } } as const;

describe("the camera checker", () => {
  it("measures each stored video and judges it against the move asked for, on a model without camera_control", async () => {
    const h = await harness({ render: renderClip });
    const checker = createCameraChecker(h.ctx, {
      measure: measureCameraMove,
      judge: cameraVerdict,
      backfillPauseMs: 0,
    });
    h.worker.onStep(() => checker.wake());
    h.worker.start();
    checker.start();
    try {
      const followed = await createTake(h.ctx, h.worker, {
        params: takeParams("A harbour at dawn", { model_name: "kling-v2-6", camera_intent: PAN_RIGHT }),
        createdBy: "test",
      });
      const opposite = await createTake(h.ctx, h.worker, {
        params: takeParams("A harbour at dusk [sandbox:camera=opposite]", {
          model_name: "kling-v2-6",
          camera_intent: PAN_RIGHT,
        }),
        createdBy: "test",
      });
      const measured = await h.waitFor(followed.id, (row) => row.cameraCheckedAt !== null, 90_000);
      expect(measured).toMatchObject({ cameraCheckMove: "pan+", cameraCheckVerdict: "followed" });
      expect(measured.cameraCheckConfidence).toBeGreaterThan(0.5);
      expect(measured.cameraCheck?.path.length).toBeGreaterThan(2);
      const caught = await h.waitFor(opposite.id, (row) => row.cameraCheckedAt !== null, 90_000);
      expect(caught).toMatchObject({ cameraCheckMove: "pan-", cameraCheckVerdict: "not_followed" });
    } finally {
      await checker.stop();
    }
  }, 180_000);

  it("measures new takes before the backfill of older ones, and records failures without retrying forever", async () => {
    const h = await harness();
    h.worker.start();
    const older = [];
    for (const prompt of ["Old one", "Old two", "Old three"]) {
      const take = await createTake(h.ctx, h.worker, { params: takeParams(prompt), createdBy: "test" });
      older.push(await h.waitFor(take.id, (row) => row.status === "ready"));
    }
    const order: string[] = [];
    let fail = true;
    const measure = async (file: string): Promise<MeasuredVideo> => {
      order.push(file);
      if (fail) throw new Error("not a video this time");
      return {
        move: "static",
        confidence: 0.9,
        figures: {},
        path: [],
        frames: 1,
        fps: 24,
        width: 640,
        height: 360,
        elapsedMs: 1,
      };
    };
    const checker = createCameraChecker(h.ctx, { measure, judge: cameraVerdict, backfillPauseMs: 300, idlePollMs: 50 });
    checker.start();
    try {
      // Every attempt fails: each take is tried three times, then left unmeasured.
      await checker.drained();
      expect(order).toHaveLength(9);
      const gaveUp = await getTake(h.ctx.db, older[0].id);
      expect(gaveUp).toMatchObject({
        cameraCheckAttempts: 3,
        cameraCheckError: "not a video this time",
        cameraCheckedAt: null,
      });
    } finally {
      await checker.stop();
    }

    await h.ctx.db.execute("update takes set camera_check_attempts = 0, camera_check_error = null");
    fail = false;
    order.length = 0;
    const restarted = createCameraChecker(h.ctx, {
      measure,
      judge: cameraVerdict,
      backfillPauseMs: 20_000,
      idlePollMs: 50,
    });
    restarted.start();
    try {
      // While the backfill pauses after its first (newest) old take, a new take arrives and goes first.
      await waitUntil(() => order.length === 1);
      const fresh = await createTake(h.ctx, h.worker, { params: takeParams("Brand new"), createdBy: "test" });
      await h.waitFor(fresh.id, (row) => row.status === "ready");
      restarted.wake();
      await restarted.drained();
      const ids = order.map((file) => file.split("/").pop()?.split(".")[0]);
      expect(ids).toEqual([older[2].id, fresh.id, older[1].id, older[0].id]);
      const measured = await getTake(h.ctx.db, fresh.id);
      // No move was asked for: the move is stored, there is nothing to judge.
      expect(measured).toMatchObject({ cameraCheckMove: "static", cameraCheckVerdict: null });
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});

async function waitUntil(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
