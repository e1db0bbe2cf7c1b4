/**
 * The cap is checked before anything leaves the studio: an over-budget take or batch is refused with
 * its message, nothing is stored, and the Kling service (the sandbox on loopback) receives no request.
 */
import { describe, expect, it } from "vitest";
import { updateSpendingCap } from "@/lib/db/queries/spending";
import { takes } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { DEFAULT_PARAMS, type TakeParams } from "@/lib/kling/schema";
import { createTake, createTakeBatch } from "@/lib/worker/create";
import { harnessesPerTest } from "@/test/support/worker-harness";

const harness = harnessesPerTest();
const pro: TakeParams = { ...DEFAULT_PARAMS, prompt: "an over-budget lighthouse", mode: "pro" };

describe("an over-budget submission", () => {
  it("is refused before any request reaches the Kling service, for one take and for a batch", async () => {
    const h = await harness();
    await updateSpendingCap(h.database.db, { capUnits: 3, updatedBy: null, now: new Date() });

    const single = await createTake(h.ctx, h.worker, { params: pro, createdBy: "u1" }).catch((error: unknown) => error);
    expect(isAppError(single) && single.code).toBe("forbidden:spending_cap");
    expect(isAppError(single) && single.message).toContain("This take would use 3.5 units; the team has 3 left");

    const batch = await createTakeBatch(h.ctx, h.worker, {
      params: [pro, pro],
      createdBy: "u1",
    }).catch((error: unknown) => error);
    expect(isAppError(batch) && batch.code).toBe("forbidden:spending_cap");
    expect(isAppError(batch) && batch.message).toContain("This batch of 2 takes");

    // Give a worker that was wrongly woken time to send something.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.upstreamRequestCount()).toBe(0);
    expect(await h.database.db.select().from(takes)).toHaveLength(0);
  });

  it("within the cap, the same take is sent: the count above can see a request", async () => {
    const h = await harness();
    await updateSpendingCap(h.database.db, { capUnits: 10, updatedBy: null, now: new Date() });
    const take = await createTake(h.ctx, h.worker, { params: pro, createdBy: "u1" });
    expect(take.upstreamTaskId).toBeTruthy();
    expect(h.upstreamRequestCount()).toBeGreaterThan(0);
  });
});
