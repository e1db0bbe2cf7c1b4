import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/lib/db/auth-schema";
import { addFavourite } from "@/lib/db/queries/favourites";
import { getVisibleTake, insertTakeRow, listCreators, softDeleteTakeRow } from "@/lib/db/queries/takes";
import { deleteUser } from "@/lib/db/queries/users";
import { setReviewDecision } from "@/lib/review/decisions";
import { setCameraVerdict } from "@/lib/review/verdict";
import type { TakeStatus } from "@/lib/takes/statuses";
import { required } from "@/test/support/required";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { decodeCursor, type GalleryFilters, parseGalleryFilters } from "./filters";
import { loadGalleryPage } from "./gallery-data";
import { toTakeView } from "./to-view";
import type { TakeView } from "./view";

const database = testDatabasePerFile();
const db = () => database.db;
const ids = { rae: randomUUID(), sam: randomUUID(), gone: randomUUID() };
/** Newest first, as the gallery lists them. */
const takes: { id: string; status: TakeStatus; createdBy: string; createdAt: number }[] = [];

beforeAll(async () => {
  for (const [key, name] of [
    ["rae", "Rae"],
    ["sam", "Sam"],
    ["gone", "Gus"],
  ] as const) {
    await db()
      .insert(users)
      .values({ id: ids[key], name, email: `${key}@example.test`, role: "reviewer" });
  }
  const creators = [ids.rae, ids.sam, ids.gone, "studio"];
  const start = Date.parse("2026-03-01T00:00:00Z");
  for (let index = 0; index < 40; index++) {
    const status: TakeStatus = index % 5 === 4 ? "failed" : "ready";
    const id = randomUUID();
    const createdBy = creators[index % creators.length];
    const createdAt = start + Math.floor(index / 2) * 1000;
    // Pairs share a millisecond so the keyset's tie-break on id is exercised too.
    await insertTakeRow(
      db(),
      takeRow({
        id,
        createdAt: new Date(createdAt),
        createdBy,
        prompt: `Take ${index}`,
        status,
        videoDurationMs: status === "ready" ? 5_000 : null,
      }),
    );
    takes.push({ id, status, createdBy, createdAt });
  }
  takes.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  const ready = takes.filter((take) => take.status === "ready");
  // Rae approves every third ready take, Sam rejects every fourth; Rae judges the camera on every other.
  for (const [index, take] of ready.entries()) {
    if (index % 3 === 0) await setReviewDecision(db(), { takeId: take.id, reviewerId: ids.rae, decision: "approved" });
    if (index % 4 === 0) await setReviewDecision(db(), { takeId: take.id, reviewerId: ids.sam, decision: "rejected" });
    if (index % 2 === 0)
      await setCameraVerdict(db(), { takeId: take.id, actorId: ids.rae, verdict: index % 4 === 0 ? "yes" : "no" });
    if (index % 5 === 0) await addFavourite(db(), { userId: ids.rae, takeId: take.id, now: new Date() });
  }
  // A deleted favourite stays out of every list.
  await softDeleteTakeRow(db(), { id: ready[5].id, now: new Date() });
  await deleteUser(db(), ids.gone);
});

async function allPages(filters: GalleryFilters, viewerId: string | undefined, limit: number) {
  const items: TakeView[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const answer = await loadGalleryPage(db(), { filters, limit, cursor: decodeCursor(cursor), viewerId });
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items.map((item) => item.id);
}

function expected(predicate: (id: string, index: number) => boolean) {
  const deleted = takes.filter((take) => take.status === "ready")[5].id;
  return takes
    .filter((take) => take.id !== deleted)
    .map((take) => take.id)
    .filter(predicate);
}

describe("gallery filters for reviews", () => {
  const ready = () => takes.filter((take) => take.status === "ready").map((take) => take.id);
  const readyIndex = (id: string) => ready().indexOf(id);

  it("filters by overall review state across keyset pages", async () => {
    for (const limit of [3, 48]) {
      expect(await allPages(parseGalleryFilters({ review: "rejected" }), ids.rae, limit)).toEqual(
        expected((id) => readyIndex(id) >= 0 && readyIndex(id) % 4 === 0),
      );
      expect(await allPages(parseGalleryFilters({ review: "approved" }), ids.rae, limit)).toEqual(
        expected((id) => readyIndex(id) % 3 === 0 && readyIndex(id) % 4 !== 0),
      );
      expect(await allPages(parseGalleryFilters({ review: "unreviewed" }), ids.rae, limit)).toEqual(
        expected((id) => readyIndex(id) === -1 || (readyIndex(id) % 3 !== 0 && readyIndex(id) % 4 !== 0)),
      );
    }
  });

  it("filters by camera verdict, including takes nobody judged", async () => {
    expect(await allPages(parseGalleryFilters({ verdict: "yes" }), ids.rae, 4)).toEqual(
      expected((id) => readyIndex(id) % 4 === 0),
    );
    expect(await allPages(parseGalleryFilters({ verdict: "no" }), ids.rae, 4)).toEqual(
      expected((id) => readyIndex(id) % 4 === 2),
    );
    expect(await allPages(parseGalleryFilters({ verdict: "none" }), ids.rae, 4)).toEqual(
      expected((id) => readyIndex(id) === -1 || readyIndex(id) % 2 === 1),
    );
  });

  it("shows only my favourites, and none to someone else or to no one", async () => {
    const filters = parseGalleryFilters({ favourites: "1" });
    const mine = await allPages(filters, ids.rae, 2);
    expect(mine).toEqual(expected((id) => readyIndex(id) % 5 === 0));
    expect(mine.length).toBeGreaterThan(2);
    expect(await allPages(filters, ids.sam, 2)).toEqual([]);
    expect(await allPages(filters, undefined, 2)).toEqual([]);
  });

  it("needs my review: ready, visible takes I have not decided on", async () => {
    const filters = parseGalleryFilters({ needs_review: "1" });
    expect(await allPages(filters, ids.rae, 5)).toEqual(
      expected((id) => readyIndex(id) >= 0 && readyIndex(id) % 3 !== 0),
    );
    expect(await allPages(filters, ids.sam, 5)).toEqual(
      expected((id) => readyIndex(id) >= 0 && readyIndex(id) % 4 !== 0),
    );
    const combined = await allPages(parseGalleryFilters({ needs_review: "1", review: "rejected" }), ids.rae, 5);
    expect(combined).toEqual(expected((id) => readyIndex(id) % 4 === 0 && readyIndex(id) % 3 !== 0));
  });

  it("reads the new filters from the URL leniently", () => {
    expect(
      parseGalleryFilters({ review: "approved", verdict: "partly", favourites: "1", needs_review: "1" }),
    ).toMatchObject({
      review: "approved",
      verdict: "partly",
      favourites: "1",
      needs_review: "1",
    });
    expect(parseGalleryFilters({ review: "maybe", verdict: "sure", favourites: "yes" })).toEqual(
      parseGalleryFilters({}),
    );
  });
});

describe("creator names", () => {
  it("credits members by name, gone members as former, and old takes to before accounts", async () => {
    const page = await loadGalleryPage(db(), { filters: {}, viewerId: ids.rae, limit: 100 });
    const byCreator = new Map(page.items.map((item) => [item.createdBy, item.creatorName]));
    expect(byCreator.get(ids.rae)).toBe("Rae");
    expect(byCreator.get(ids.sam)).toBe("Sam");
    expect(byCreator.get(ids.gone)).toBe("Former member");
    expect(byCreator.get("studio")).toBe("Before accounts");
  });

  it("names the creator on a single take and in its view", async () => {
    const take = required(
      takes.find((entry) => entry.createdBy === ids.sam),
      "Sam's take",
    );
    const row = await getVisibleTake(db(), take.id);
    expect(row?.creatorName).toBe("Sam");
    expect(toTakeView(required(row, "the take")).creatorName).toBe("Sam");
  });

  it("filters by a member's id and lists members by name for the filter", async () => {
    expect(await allPages(parseGalleryFilters({ by: ids.sam }), ids.rae, 3)).toEqual(
      expected((id) => takes.find((t) => t.id === id)?.createdBy === ids.sam),
    );
    expect(await listCreators(db())).toEqual([
      { id: ids.rae, name: "Rae" },
      { id: ids.sam, name: "Sam" },
      { id: "studio", name: null },
    ]);
  });
});
