import { describe, expect, it } from "vitest";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { AppError } from "@/lib/errors";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { assertWithinTakeRate } from "./take-rate";

const handle = testDatabasePerFile();

const start = new Date("2026-03-01T12:00:00Z");

async function addTake(createdBy: string, at: Date) {
  await insertTakeRow(handle.db, takeRow({ createdAt: at, updatedAt: at, createdBy, nextAttemptAt: at }));
}

async function refusal(options: Parameters<typeof assertWithinTakeRate>[1]): Promise<AppError | null> {
  try {
    await assertWithinTakeRate(handle.db, options);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("take rate per member", () => {
  it("refuses a member past the limit with a slow-down message and 429, while another member goes ahead", async () => {
    for (let i = 0; i < 3; i++) await addTake("ana", new Date(start.getTime() + i * 10_000));
    const now = new Date(start.getTime() + 30_000);
    const refused = await refusal({ userId: "ana", takes: 1, perMinute: 3, now });
    expect(refused?.code).toBe("rate_limited:takes");
    expect(refused?.status).toBe(429);
    expect(refused?.message).toMatch(
      /^Slow down: too many new takes in the last minute\. .*Try again in 30 seconds\.$/,
    );
    expect(refused?.retryAfterSeconds).toBe(30);
    expect(await refusal({ userId: "ben", takes: 1, perMinute: 3, now })).toBeNull();
  });

  it("counts every take of a batch, and says when enough of the earlier ones age out", async () => {
    const now = new Date(start.getTime() + 45_000);
    // Ana has 3 takes at 0 s, 10 s and 20 s: a batch of 2 under a limit of 4 waits for the first to age out.
    const refused = await refusal({ userId: "ana", takes: 2, perMinute: 4, now });
    expect(refused?.message).toContain("(this batch has 2)");
    expect(refused?.retryAfterSeconds).toBe(15);
    expect(await refusal({ userId: "ana", takes: 1, perMinute: 4, now })).toBeNull();
  });

  it("lets the member go on once the minute has passed", async () => {
    const later = new Date(start.getTime() + 60_001);
    expect(await refusal({ userId: "ana", takes: 1, perMinute: 3, now: later })).toBeNull();
  });

  it("refuses a batch larger than the whole limit as a request to change, and 0 turns the limit off", async () => {
    const tooLarge = await refusal({ userId: "cleo", takes: 9, perMinute: 8, now: start });
    expect(tooLarge?.code).toBe("bad_request:batch_too_large");
    expect(await refusal({ userId: "ana", takes: 50, perMinute: 0, now: start })).toBeNull();
  });
});
