import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { takes } from "@/lib/db/schema";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { MAX_WAIT_MS, parseStatusRequest, readTakeStatus, waitForTakeStatus } from "./status";

const database = testDatabasePerFile();

async function runningTake() {
  const now = new Date();
  return insertTakeRow(database.db, {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    createdBy: "ana",
    modelName: "kling-v1",
    prompt: "A heron lifting off",
    cfgScale: 0.5,
    mode: "std",
    aspectRatio: "16:9",
    duration: "5",
    status: "processing",
    submittedAt: now,
    unitsEstimated: 1,
  });
}

/** A stand-in for the worker's onStep: tests fire it by hand. */
function stepSignal() {
  const listeners = new Set<() => void>();
  return {
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire: () => {
      for (const listener of listeners) listener();
    },
    get listening() {
      return listeners.size;
    },
  };
}

describe("a held status request", () => {
  it("answers as soon as a worker step changes what the tab sees, not at its next poll", async () => {
    const take = await runningTake();
    const first = await readTakeStatus(database.db, { ids: [take.id], filters: {} });
    const signal = stepSignal();
    const started = Date.now();
    const held = waitForTakeStatus(database.db, { ids: [take.id], filters: {}, waitMs: 4_000 }, first.etag, {
      onChange: signal.onChange,
      recheckMs: 60_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.db.update(takes).set({ status: "ready" }).where(eq(takes.id, take.id));
    signal.fire();
    const answer = await held;
    const elapsed = Date.now() - started;
    expect(answer.body?.items.map((item) => item.status)).toEqual(["ready"]);
    expect(answer.etag).not.toBe(first.etag);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
    expect(signal.listening).toBe(0);
  });

  it("finds changes made by another process by reading again, without a signal", async () => {
    const take = await runningTake();
    const first = await readTakeStatus(database.db, { ids: [take.id], filters: {} });
    const held = waitForTakeStatus(database.db, { ids: [take.id], filters: {}, waitMs: 4_000 }, first.etag, {
      recheckMs: 100,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database.db.update(takes).set({ status: "failed", failureMessage: "Refused" }).where(eq(takes.id, take.id));
    const answer = await held;
    expect(answer.body?.items.map((item) => item.status)).toEqual(["failed"]);
  });

  it("ends with a 304 at the deadline when nothing changed, however many steps ran", async () => {
    const take = await runningTake();
    const first = await readTakeStatus(database.db, { ids: [take.id], filters: {} });
    const signal = stepSignal();
    const ticking = setInterval(signal.fire, 50);
    const started = Date.now();
    try {
      const answer = await waitForTakeStatus(database.db, { ids: [take.id], filters: {}, waitMs: 600 }, first.etag, {
        onChange: signal.onChange,
      });
      expect(answer).toEqual({ etag: first.etag });
    } finally {
      clearInterval(ticking);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("answers at once when the tab's copy is stale or it asked not to wait, and stops when the tab leaves", async () => {
    const take = await runningTake();
    const request = { ids: [take.id], filters: {}, waitMs: 4_000 };
    let started = Date.now();
    const stale = await waitForTakeStatus(database.db, request, 'W/"old"');
    expect(stale.body?.items).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);

    started = Date.now();
    const unchanged = await waitForTakeStatus(database.db, { ...request, waitMs: 0 }, stale.etag);
    expect(unchanged).toEqual({ etag: stale.etag });
    expect(Date.now() - started).toBeLessThan(1_000);

    const leaving = new AbortController();
    started = Date.now();
    setTimeout(() => leaving.abort(), 200);
    const left = await waitForTakeStatus(database.db, request, stale.etag, { signal: leaving.signal });
    expect(left).toEqual({ etag: stale.etag });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("reads wait from the URL, bounded", () => {
    const id = randomUUID();
    const parse = (query: string) =>
      parseStatusRequest(new URL(`http://studio.test/api/generations/status?ids=${id}${query}`));
    expect(parse("")).toMatchObject({ ok: true, value: { waitMs: 0 } });
    expect(parse("&wait=1500")).toMatchObject({ ok: true, value: { waitMs: 1500 } });
    expect(parse(`&wait=${MAX_WAIT_MS + 1}`)).toMatchObject({ ok: false });
    expect(parse("&wait=-1")).toMatchObject({ ok: false });
    expect(parse("&wait=soon")).toMatchObject({ ok: false });
  });
});
