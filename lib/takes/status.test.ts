import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertTakeRow, softDeleteTakeRow } from "@/lib/db/queries/takes";
import { type NewTake, takes } from "@/lib/db/schema";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { clearEstimates } from "./estimates";
import { encodeCursor } from "./filters";
import { parseStatusRequest, readTakeStatus } from "./status";

const database = testDatabasePerFile();
const base = Date.parse("2026-05-01T12:00:00.000Z");

async function take(patch: Partial<NewTake> = {}) {
  return insertTakeRow(
    database.db,
    takeRow({
      createdAt: new Date(base),
      updatedAt: new Date(base),
      createdBy: "ana",
      status: "processing",
      submittedAt: new Date(base + 1_000),
      ...patch,
    }),
  );
}

describe("a tab's status poll", () => {
  it("answers 304 while nothing a person sees has changed, even as the worker rewrites the row", async () => {
    const running = await take();
    const request = { ids: [running.id], filters: {} };
    const first = await readTakeStatus(database.db, request);
    expect(first.body?.items.map((item) => item.id)).toEqual([running.id]);

    // A poll by the worker: poll count, next attempt and updated_at move, nothing visible does.
    await database.db
      .update(takes)
      .set({ pollCount: 5, updatedAt: new Date(), nextAttemptAt: new Date() })
      .where(eq(takes.id, running.id));
    const again = await readTakeStatus(database.db, request, first.etag);
    expect(again).toEqual({ etag: first.etag });

    await database.db.update(takes).set({ status: "ready", updatedAt: new Date() }).where(eq(takes.id, running.id));
    const changed = await readTakeStatus(database.db, request, first.etag);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.body?.items[0].status).toBe("ready");
  });

  it("reports takes created since the tab's newest one that match its filters, oldest first", async () => {
    const newest = await take({ createdAt: new Date(base + 10_000), status: "ready" });
    const after = { createdAt: newest.createdAt, id: newest.id };
    const mine = await take({ createdAt: new Date(base + 20_000), status: "queued", createdBy: "ben" });
    const later = await take({ createdAt: new Date(base + 30_000), status: "processing", createdBy: "ben" });
    await take({ createdAt: new Date(base + 25_000), status: "queued", createdBy: "chloe" });

    const answer = await readTakeStatus(database.db, { ids: [], after, filters: { by: "ben" } });
    expect(answer.body?.created.map((item) => item.id)).toEqual([mine.id, later.id]);
    expect(answer.body?.created[0].createdBy).toBe("ben");
  });

  it("tells the tab which watched takes were deleted", async () => {
    const kept = await take();
    const gone = await take();
    await softDeleteTakeRow(database.db, { id: gone.id, now: new Date() });
    const unknown = randomUUID();
    const answer = await readTakeStatus(database.db, { ids: [kept.id, gone.id, unknown], filters: {} });
    expect(answer.body?.items.map((item) => item.id)).toEqual([kept.id]);
    expect(answer.body?.removed).toEqual([gone.id, unknown].sort());
  });

  it("attaches the time Kling usually takes for the kind of each running take", async () => {
    for (const ms of [40_000, 50_000, 60_000]) {
      await take({
        status: "ready",
        modelName: "kling-v1-6",
        mode: "pro",
        duration: "10",
        submittedAt: new Date(base),
        upstreamFinishedAt: new Date(base + ms),
      });
    }
    clearEstimates(database.db);
    const running = await take({ modelName: "kling-v1-6", mode: "pro", duration: "10" });
    const answer = await readTakeStatus(database.db, { ids: [running.id], filters: {} });
    expect(answer.body?.items[0].expectedRenderMs).toBe(50_000);
  });
});

describe("status request parsing", () => {
  const url = (query: string) => new URL(`http://studio.test/api/generations/status?${query}`);

  it("takes ids, a cursor and the gallery's filters", () => {
    const id = randomUUID();
    const after = encodeCursor({ createdAt: new Date(base), id });
    const parsed = parseStatusRequest(url(`ids=${id},${id}&after=${after}&status=running&q=fox`));
    expect(parsed).toEqual({
      ok: true,
      value: {
        ids: [id],
        after: { createdAt: new Date(base), id },
        filters: { status: "running", q: "fox" },
        waitMs: 0,
      },
    });
  });

  it("refuses what is not a take id, a bad cursor, too many ids or nothing at all", () => {
    expect(parseStatusRequest(url("ids=1,2"))).toMatchObject({ ok: false, message: "ids must be take ids" });
    expect(parseStatusRequest(url(`ids=${randomUUID()}&after=soon`))).toMatchObject({ ok: false });
    const many = Array.from({ length: 201 }, () => randomUUID()).join(",");
    expect(parseStatusRequest(url(`ids=${many}`))).toMatchObject({ ok: false, message: "at most 200 ids at once" });
    expect(parseStatusRequest(url("ids="))).toMatchObject({ ok: false });
  });
});
