/**
 * Spending against a real database: what counts towards the month, the cap's refusal before anything
 * is stored or sent, and submissions racing for the team's last units through createTake itself.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sumTeamUnits, updateSpendingCap } from "@/lib/db/queries/spending";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { insertUserWithPassword } from "@/lib/db/queries/users";
import { type NewTake, takes } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { createKlingClient } from "@/lib/kling/client";
import { DEFAULT_PARAMS, type TakeParams } from "@/lib/kling/schema";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { WorkerContext } from "@/lib/worker/context";
import { createTake } from "@/lib/worker/create";
import { createTakeWorker } from "@/lib/worker/worker";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerTest } from "@/test/support/test-database-per-file";
import { assertBatchWithinSpendingCap, assertWithinSpendingCap } from "./cap";
import { monthWindow } from "./month";
import { getSpendingSummary } from "./summary";

const database = testDatabasePerTest();
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "studio-spending-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date("2026-03-15T10:00:00Z");
const MARCH = monthWindow(NOW);

describe("the spending month", () => {
  it("is the calendar month in UTC, end exclusive", () => {
    expect(MARCH).toEqual({ from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") });
    expect(monthWindow(new Date("2026-12-31T23:59:59.999Z"))).toEqual({
      from: new Date("2026-12-01T00:00:00Z"),
      to: new Date("2027-01-01T00:00:00Z"),
    });
    expect(monthWindow(new Date("2026-03-01T00:00:00Z")).from).toEqual(new Date("2026-03-01T00:00:00Z"));
  });

  it("counts takes made from the first instant to the last millisecond of the month only", async () => {
    await addTake({ createdAt: new Date("2026-02-28T23:59:59.999Z"), unitsEstimated: 100 });
    await addTake({ createdAt: new Date("2026-03-01T00:00:00.000Z"), unitsEstimated: 1 });
    await addTake({ createdAt: new Date("2026-03-31T23:59:59.999Z"), unitsEstimated: 2 });
    await addTake({ createdAt: new Date("2026-04-01T00:00:00.000Z"), unitsEstimated: 100 });
    expect(await sumTeamUnits(database.db, MARCH)).toBe(3);
  });

  it("counts charged units when known, the estimate until then, nothing for failed takes, and deleted takes in full", async () => {
    await addTake({ status: "ready", unitsEstimated: 2, unitsCharged: 3 });
    await addTake({ status: "processing", unitsEstimated: 3.5 });
    await addTake({ status: "failed", unitsEstimated: 10, unitsCharged: null });
    await addTake({ status: "ready", unitsEstimated: 1.5, deletedAt: NOW });
    expect(await sumTeamUnits(database.db, MARCH)).toBe(8);
  });

  it("sums each member's takes, lists members who spent nothing, and keeps older creators", async () => {
    const ana = await addUser("Ana");
    const bo = await addUser("Bo");
    await addUser("Cy");
    await addTake({ createdBy: ana, unitsEstimated: 3.5 });
    await addTake({ createdBy: ana, unitsEstimated: 1, status: "failed" });
    await addTake({ createdBy: bo, unitsEstimated: 10 });
    await addTake({ createdBy: "studio", unitsEstimated: 2 });
    await updateSpendingCap(database.db, { capUnits: 20, updatedBy: ana, now: NOW });
    const summary = await getSpendingSummary(database.db, { now: NOW });
    expect(summary).toMatchObject({ capUnits: 20, teamUnits: 15.5, remainingUnits: 4.5, teamUsd: 2.17 });
    expect(summary.members.map((member) => [member.name ?? member.createdBy, member.units])).toEqual([
      ["Bo", 10],
      ["Ana", 3.5],
      ["Cy", 0],
      ["studio", 2],
    ]);
  });
});

describe("the monthly cap", () => {
  it("refuses a take that would pass it, saying what is left, before anything is stored", async () => {
    await updateSpendingCap(database.db, { capUnits: 100, updatedBy: null, now: NOW });
    await addTake({ unitsEstimated: 98 });
    const { ctx, worker } = workerContext();
    const pro: TakeParams = { ...DEFAULT_PARAMS, prompt: "a lighthouse", mode: "pro" };
    const error = await createTake(ctx, worker, { params: pro, createdBy: "u1" }).catch((reason: unknown) => reason);
    expect(isAppError(error) && error.code).toBe("forbidden:spending_cap");
    expect(isAppError(error) && error.message).toBe(
      "This take would use 3.5 units; the team has 2 left of its 100-unit monthly cap. An admin can raise the cap on the Team page.",
    );
    expect(await database.db.select().from(takes)).toHaveLength(1);
  });

  it("lets a take use exactly what is left, and anything at all with no cap", async () => {
    await addTake({ unitsEstimated: 96.5 });
    await assertWithinSpendingCap(database.db, { units: 1_000_000, now: NOW });
    await updateSpendingCap(database.db, { capUnits: 100, updatedBy: null, now: NOW });
    await assertWithinSpendingCap(database.db, { units: 3.5, now: NOW });
    await expect(assertWithinSpendingCap(database.db, { units: 3.6, now: NOW })).rejects.toThrow(/3.6 units/);
  });

  it("refuses a whole batch up front with its total", async () => {
    await updateSpendingCap(database.db, { capUnits: 10, updatedBy: null, now: NOW });
    await addTake({ unitsEstimated: 5 });
    await expect(assertBatchWithinSpendingCap(database.db, { units: [2, 2, 2], now: NOW })).rejects.toThrow(
      "This batch of 3 takes would use 6 units; the team has 5 left of its 10-unit monthly cap.",
    );
    await assertBatchWithinSpendingCap(database.db, { units: [2.5, 2.5], now: NOW });
  });

  it("lets only one of several simultaneous submissions spend the last units", async () => {
    await updateSpendingCap(database.db, { capUnits: 10, updatedBy: null, now: NOW });
    await addTake({ unitsEstimated: 6.5 });
    const { ctx, worker } = workerContext();
    const pro: TakeParams = { ...DEFAULT_PARAMS, prompt: "a race", mode: "pro" };
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => createTake(ctx, worker, { params: pro, createdBy: "u1", submitNow: false })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected")
        expect(isAppError(result.reason) && result.reason.code).toBe("forbidden:spending_cap");
    }
    expect(await sumTeamUnits(database.db, MARCH)).toBe(10);
  });

  it("does not count failed takes against the cap", async () => {
    await updateSpendingCap(database.db, { capUnits: 5, updatedBy: null, now: NOW });
    await addTake({ unitsEstimated: 10, status: "failed" });
    await assertWithinSpendingCap(database.db, { units: 5, now: NOW });
  });
});

async function addTake(values: Partial<NewTake>) {
  await insertTakeRow(database.db, takeRow({ createdAt: NOW, createdBy: "u1", status: "ready", ...values }));
}

async function addUser(name: string): Promise<string> {
  const id = randomUUID();
  await insertUserWithPassword(database.db, {
    id,
    name,
    email: `${name.toLowerCase()}@example.com`,
    role: "creator",
    isOwner: false,
    passwordHash: "not used here",
    now: NOW,
  });
  return id;
}

/** Takes are stored with submitNow: false and the worker never started, so nothing is sent anywhere. */
function workerContext() {
  const ctx: WorkerContext = {
    db: database.db,
    kling: createKlingClient({ baseUrl: "http://127.0.0.1:9/unused", auth: { kind: "api_key", apiKey: "unused" } }),
    storage: createLocalStorage(path.join(dir, "media")),
    owner: "spending-test",
    tmpDir: path.join(dir, "tmp"),
    taskDeadlineMs: 60_000,
    allowPrivateDownloads: false,
    now: () => NOW,
    log: () => undefined,
  };
  return { ctx, worker: createTakeWorker(ctx, { tickMs: 1000, maxUpstreamActive: 1 }) };
}
