/** Shot membership as the team changes it: circling, moving, renaming, and a shot's life through delete and purge. */
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getVisibleShot, listShotSummaries } from "@/lib/db/queries/shots";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { activity, takeComments } from "@/lib/db/review-schema";
import { shots, takes } from "@/lib/db/schema";
import { addComment } from "@/lib/review/comments";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { purgeDeletedTakes } from "@/lib/takes/purge";
import { deleteTake, restoreTake } from "@/lib/takes/take-actions";
import { reviewKit } from "@/test/support/review-kit";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { renameShotSchema } from "./shot.schema";
import { loadShotPage } from "./shot-page";
import { circleTake, moveTake, renameShot } from "./shots";

const database = testDatabasePerFile();
const db = () => database.db;
const { member, failure } = reviewKit(db);

/** A shot of `count` ready takes made as one batch; returns the shot id and the take ids, oldest first. */
async function batch(count: number, prompt = "A lighthouse at dusk, waves below") {
  const shotId = randomUUID();
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const take = await insertTakeRow(
      db(),
      takeRow({
        batchId: shotId,
        prompt,
        status: "ready",
        videoDurationMs: 5_000,
        createdAt: new Date(Date.now() + index),
      }),
    );
    ids.push(take.id);
  }
  return { shotId, ids };
}

async function shotRow(id: string) {
  const [row] = await db().select().from(shots).where(eq(shots.id, id));
  return row;
}

async function shotOf(takeId: string) {
  const [row] = await db().select({ shotId: takes.shotId }).from(takes).where(eq(takes.id, takeId));
  return row?.shotId;
}

describe("circling a take", () => {
  it("keeps one circled take at a time, with who circled it and when", async () => {
    const mia = await member("Mia");
    const { shotId, ids } = await batch(3);
    const at = new Date("2026-11-30T12:00:00Z");
    await circleTake(db(), { shotId, takeId: ids[0], actorId: mia, now: at });
    await circleTake(db(), { shotId, takeId: ids[2], actorId: mia, now: at });
    expect(await shotRow(shotId)).toMatchObject({ circledTakeId: ids[2], circledBy: mia, circledAt: at });
    const page = await loadShotPage(db(), shotId);
    expect(page?.circle).toEqual({ takeId: ids[2], byName: "Mia", at: at.toISOString() });

    const entries = await db().select().from(activity).where(eq(activity.shotId, shotId));
    expect(entries.map((entry) => entry.kind)).toEqual(["circled", "circled"]);

    await circleTake(db(), { shotId, takeId: null, actorId: mia });
    expect(await shotRow(shotId)).toMatchObject({ circledTakeId: null, circledBy: null, circledAt: null });
  });

  it("refuses to circle a take of another shot", async () => {
    const mia = await member("Mia");
    const first = await batch(2);
    const second = await batch(2);
    const error = await failure(circleTake(db(), { shotId: first.shotId, takeId: second.ids[0], actorId: mia }));
    expect(error.code).toBe("conflict:take_in_another_shot");
    expect((await shotRow(first.shotId)).circledTakeId).toBeNull();
  });

  it("refuses a take that is not ready, and a shot that does not exist", async () => {
    const mia = await member("Mia");
    const queued = await insertTakeRow(db(), takeRow({ status: "queued" }));
    expect((await failure(circleTake(db(), { shotId: queued.shotId, takeId: queued.id, actorId: mia }))).code).toBe(
      "conflict:take_not_ready",
    );
    expect((await failure(circleTake(db(), { shotId: randomUUID(), takeId: null, actorId: mia }))).code).toBe(
      "not_found:shot",
    );
  });
});

describe("moving a take", () => {
  it("moves a take to another shot with its comments, and clears its circle in the shot it left", async () => {
    const mia = await member("Mia");
    const from = await batch(2);
    const to = await batch(1, "A red fox in the snow");
    await circleTake(db(), { shotId: from.shotId, takeId: from.ids[1], actorId: mia });
    await addComment(db(), { takeId: from.ids[1], authorId: mia, body: "Lovely light here", atMs: 1_000 });

    const moved = await moveTake(db(), { takeId: from.ids[1], target: to.shotId, actorId: mia });
    expect(moved).toMatchObject({ fromShotId: from.shotId, shotId: to.shotId, shotName: "A red fox in the snow" });
    expect(await shotOf(from.ids[1])).toBe(to.shotId);
    expect((await shotRow(from.shotId)).circledTakeId).toBeNull();
    const comments = await db().select().from(takeComments).where(eq(takeComments.takeId, from.ids[1]));
    expect(comments.map((comment) => comment.body)).toEqual(["Lovely light here"]);
    const [entry] = await db().select().from(activity).where(eq(activity.kind, "moved"));
    expect(entry).toMatchObject({ takeId: from.ids[1], shotId: to.shotId, actorId: mia });
  });

  it("starts a new shot named after the prompt, and removes a shot its last take leaves", async () => {
    const mia = await member("Mia");
    const from = await batch(2, "Waves on black sand at night, wide shot from above");
    const { shotId } = await moveTake(db(), { takeId: from.ids[0], target: "new", actorId: mia });
    expect(shotId).not.toBe(from.shotId);
    expect((await shotRow(shotId)).name).toBe("Waves on black sand at night,");

    await moveTake(db(), { takeId: from.ids[1], target: shotId, actorId: mia });
    expect(await shotRow(from.shotId)).toBeUndefined();
    expect(await loadShotPage(db(), shotId)).toMatchObject({ takes: [{}, {}] });
  });

  it("refuses a move into the shot the take is in, or a new shot for a shot of one", async () => {
    const mia = await member("Mia");
    const alone = await batch(1);
    expect((await failure(moveTake(db(), { takeId: alone.ids[0], target: alone.shotId, actorId: mia }))).code).toBe(
      "conflict:same_shot",
    );
    expect((await failure(moveTake(db(), { takeId: alone.ids[0], target: "new", actorId: mia }))).code).toBe(
      "conflict:same_shot",
    );
    expect((await failure(moveTake(db(), { takeId: alone.ids[0], target: randomUUID(), actorId: mia }))).code).toBe(
      "not_found:shot",
    );
  });
});

describe("renaming a shot", () => {
  it("trims the name and records the rename", async () => {
    const mia = await member("Mia");
    const { shotId } = await batch(1);
    const input = renameShotSchema.parse({ shotId, name: "  Lighthouse, final  " });
    await renameShot(db(), { ...input, actorId: mia });
    expect((await shotRow(shotId)).name).toBe("Lighthouse, final");
    const [entry] = await db().select().from(activity).where(eq(activity.kind, "renamed"));
    expect(entry).toMatchObject({ shotId, takeId: null, detail: { name: "Lighthouse, final" } });
  });

  it("refuses an empty, an over-long or a multi-line name", () => {
    const shotId = randomUUID();
    for (const name of ["", "   ", "x".repeat(81), "two\nlines", "nul\u0000"]) {
      expect(renameShotSchema.safeParse({ shotId, name }).success, JSON.stringify(name)).toBe(false);
    }
    expect(renameShotSchema.safeParse({ shotId, name: "x".repeat(80) }).success).toBe(true);
  });
});

describe("a shot through delete, undo and purge", () => {
  it("is hidden while its takes are deleted, back on undo, and gone once they are purged", async () => {
    const mia = await member("Mia");
    const { shotId, ids } = await batch(2, "A unique purge prompt");
    const listed = async () =>
      (await listShotSummaries(db(), { limit: 100, filter: { search: "unique purge" } })).items.map((item) => item.id);
    const now = new Date();

    for (const id of ids) await deleteTake(db(), { id, now, actorId: mia });
    expect(await getVisibleShot(db(), shotId)).toBeUndefined();
    expect(await loadShotPage(db(), shotId)).toBeUndefined();
    expect(await listed()).toEqual([]);
    expect(await shotRow(shotId)).toBeDefined();

    await restoreTake(db(), ids[0], { actorId: mia });
    expect(await listed()).toEqual([shotId]);
    expect((await loadShotPage(db(), shotId))?.takes).toHaveLength(1);

    await deleteTake(db(), { id: ids[0], now, actorId: mia });
    const storage = createLocalStorage(await mkdtemp(path.join(tmpdir(), "shots-purge-")));
    await purgeDeletedTakes({ db: db(), storage, now: new Date(now.getTime() + 1), olderThanMs: 0 });
    expect(await shotRow(shotId)).toBeUndefined();
  });
});

describe("a circled take deleted and restored", () => {
  it("hides the circle while the take is deleted and shows it again on undo", async () => {
    const mia = await member("Mia");
    const { shotId, ids } = await batch(2);
    await circleTake(db(), { shotId, takeId: ids[0], actorId: mia });
    await deleteTake(db(), { id: ids[0], now: new Date(), actorId: mia });
    expect((await loadShotPage(db(), shotId))?.circle).toBeNull();
    await restoreTake(db(), ids[0], { actorId: mia });
    expect((await loadShotPage(db(), shotId))?.circle).toMatchObject({ takeId: ids[0], byName: "Mia" });
  });
});

describe("the shots view", () => {
  it("counts a shot's matching visible takes by review state, and shows the circled take's poster", async () => {
    const mia = await member("Mia");
    const shotId = randomUUID();
    const make = (patch: Parameters<typeof takeRow>[0]) =>
      insertTakeRow(db(), takeRow({ batchId: shotId, prompt: "Counting shot", status: "ready", ...patch }));
    const newest = await make({ reviewState: "approved", posterKey: "posters/a.jpg", createdAt: new Date(2) });
    const circled = await make({
      reviewState: "changes_requested",
      posterKey: "posters/b.jpg",
      createdAt: new Date(1),
    });
    await make({ modelName: "kling-v1-6", createdAt: new Date(0) });

    const summary = async (filter = {}) =>
      (await listShotSummaries(db(), { limit: 100, filter: { search: "Counting shot", ...filter } })).items;
    expect(await summary()).toMatchObject([
      { id: shotId, takes: 3, approved: 1, changesRequested: 1, unreviewed: 1, poster: { takeId: newest.id } },
    ]);
    await circleTake(db(), { shotId, takeId: circled.id, actorId: mia });
    expect((await summary())[0]?.poster).toMatchObject({ takeId: circled.id, circled: true });
    expect(await summary({ modelName: "kling-v1-6" })).toMatchObject([{ takes: 1, approved: 0, unreviewed: 1 }]);
  });
});
