import { describe, expect, it } from "vitest";
import { clearModelUnavailable, listUnavailableModels } from "@/lib/db/queries/model-availability";
import { getTake } from "@/lib/db/queries/takes";
import { AppError } from "@/lib/errors";
import { harnessesPerTest, takeParams } from "@/test/support/worker-harness";
import { createTakeBatch } from "./create";
import { MODEL_UNAVAILABLE_CODE } from "./model-refusal";

const harness = harnessesPerTest();

describe("a model Kling refuses for this account", () => {
  it("is marked unavailable after one 1203 naming it; its queued takes fail unsent, and new ones are refused", async () => {
    const h = await harness();
    const queued = await createTakeBatch(h.ctx, h.worker, {
      params: [
        takeParams("A quiet lake", { model_name: "kling-v2-5-turbo" }),
        takeParams("A quiet lake", { model_name: "kling-v2-5-turbo" }),
      ],
      createdBy: "test",
    });
    const refused = await h.createTake("A windy moor [sandbox:error=1203]", { model_name: "kling-v2-5-turbo" });
    expect(refused.status).toBe("failed");
    expect(refused.failureCode).toBe(MODEL_UNAVAILABLE_CODE);
    expect(refused.failureMessage).toMatch(
      /^Kling refused kling-v2-5-turbo for this account on \d{4}-\d{2}-\d{2} \(".*kling-v2-5-turbo.*"\)/,
    );

    const [mark] = await listUnavailableModels(h.ctx.db);
    expect(mark).toMatchObject({ modelName: "kling-v2-5-turbo", klingCode: 1203 });
    expect(mark.message).toContain("kling-v2-5-turbo");
    for (const take of queued) {
      const row = await getTake(h.ctx.db, take.id);
      expect(row).toMatchObject({ status: "failed", failureCode: MODEL_UNAVAILABLE_CODE, submitAttempts: 0 });
    }
    expect(await h.upstreamTaskCount()).toBe(0);

    const again = h.createTake("Later", { model_name: "kling-v2-5-turbo" });
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({
      code: MODEL_UNAVAILABLE_CODE,
      fieldErrors: { model_name: [expect.stringContaining("kling-v2-5-turbo")] },
    });

    // "Check again" clears the mark: the next take is sent.
    expect(await clearModelUnavailable(h.ctx.db, "kling-v2-5-turbo")).toBe(true);
    const sent = await h.createTake("Later", { model_name: "kling-v2-5-turbo" });
    expect(sent.status).toBe("submitted");
  });

  it("works for a retired model, which the sandbox refuses after its end date, and for 1103", async () => {
    const h = await harness();
    const retired = await h.createTake("An old model", { model_name: "kling-v1-6" });
    expect(retired.failureCode).toBe(MODEL_UNAVAILABLE_CODE);
    expect(retired.failureMessage).toContain("retired on 2026-09-15");
    const forbidden = await h.createTake("No permission [sandbox:error=1103]", { model_name: "kling-v2-master" });
    expect(forbidden.failureCode).toBe(MODEL_UNAVAILABLE_CODE);
    expect((await listUnavailableModels(h.ctx.db)).map((mark) => [mark.modelName, mark.klingCode])).toEqual([
      ["kling-v1-6", 1203],
      ["kling-v2-master", 1103],
    ]);
  });

  it("leaves the model alone when a 1203 does not name it", async () => {
    const h = await harness();
    const take = await h.createTake("Elsewhere [sandbox:error=1202]");
    expect(take.status).toBe("failed");
    expect(take.failureCode).not.toBe(MODEL_UNAVAILABLE_CODE);
    expect(await listUnavailableModels(h.ctx.db)).toEqual([]);
  });
});
