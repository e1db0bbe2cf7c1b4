/** A remix joins its source's shot, or starts its own; a batch is one shot; a gone shot is refused. */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { createTake, createTakeBatch } from "@/lib/worker/create";
import { type Harness, startHarness } from "@/test/support/worker-harness";

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose();
});

async function harness() {
  const started = await startHarness();
  harnesses.push(started);
  return started;
}

const params = { ...DEFAULT_PARAMS, prompt: "A lighthouse at dusk, waves below" };

describe("which shot new takes land in", () => {
  it("gives a take made alone a shot of one, a batch one shot, and a remix its source's shot", async () => {
    const h = await harness();
    const alone = await createTake(h.ctx, h.worker, { params, createdBy: "ana", submitNow: false });
    expect(alone.shotId).toBe(alone.id);

    const sweep = await createTakeBatch(h.ctx, h.worker, {
      params: [params, params, params, params],
      createdBy: "ana",
    });
    expect(new Set(sweep.map((take) => take.shotId)).size).toBe(1);

    const joined = await createTake(h.ctx, h.worker, {
      params,
      createdBy: "ben",
      shotId: alone.shotId,
      submitNow: false,
    });
    expect(joined.shotId).toBe(alone.shotId);
    const joinedBatch = await createTakeBatch(h.ctx, h.worker, {
      params: [params, params],
      createdBy: "ben",
      shotId: alone.shotId,
    });
    expect(joinedBatch.map((take) => take.shotId)).toEqual([alone.shotId, alone.shotId]);
  });

  it("refuses to join a shot that does not exist, storing nothing", async () => {
    const h = await harness();
    await expect(
      createTake(h.ctx, h.worker, { params, createdBy: "ana", shotId: randomUUID(), submitNow: false }),
    ).rejects.toMatchObject({ code: "not_found:shot" });
  });
});
