import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { estimateRenderTime, HISTORY_SAMPLES, median } from "./estimates";

const database = testDatabasePerFile();

async function finished(input: {
  renderMs: number;
  finishedAt: number;
  model?: "kling-v1" | "kling-v2-6";
  status?: "ready" | "failed";
}) {
  await insertTakeRow(database.db, {
    id: randomUUID(),
    createdBy: "ana",
    modelName: input.model ?? "kling-v2-6",
    prompt: "History",
    cfgScale: 0.5,
    mode: "std",
    aspectRatio: "16:9",
    duration: "5",
    status: input.status ?? "ready",
    unitsEstimated: 1,
    submittedAt: new Date(input.finishedAt - input.renderMs),
    upstreamFinishedAt: new Date(input.finishedAt),
  });
}

describe("render time estimates", () => {
  it("uses the default until a kind has a few ready takes", async () => {
    const kind = { model_name: "kling-v2-6", mode: "std", duration: "5" } as const;
    await finished({ renderMs: 30_000, finishedAt: 1_000_000 });
    await finished({ renderMs: 999_000, finishedAt: 1_000_000, status: "failed" });
    expect(await estimateRenderTime(database.db, kind, 0)).toEqual({
      expectedMs: 300_000,
      basis: "default",
      samples: 1,
    });
  });

  it("takes the median of the latest ready takes of the same kind only", async () => {
    const kind = { model_name: "kling-v1", mode: "std", duration: "5" } as const;
    // Old and slow: pushed out of the window by the newer, faster ones.
    for (let index = 0; index < 5; index++)
      await finished({ model: "kling-v1", renderMs: 600_000, finishedAt: 1_000 + index });
    for (let index = 0; index < HISTORY_SAMPLES; index++) {
      await finished({ model: "kling-v1", renderMs: 40_000 + index * 1_000, finishedAt: 2_000_000 + index });
    }
    const estimate = await estimateRenderTime(database.db, kind, 0);
    expect(estimate).toEqual({ expectedMs: 49_500, basis: "history", samples: HISTORY_SAMPLES });
  });

  it("finds the middle of odd and even lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
