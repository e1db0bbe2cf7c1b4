/** A link to a whole shot: the shot's finished takes, the circled take first, then the others newest first. */
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/authorize";
import { shareLinkTakes } from "@/lib/db/review-schema";
import { shots, type Take, takes } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { posterKey, videoKey } from "@/lib/storage/storage";
import { insertMember } from "@/test/support/share-fixtures";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { createShareLink } from "./share-links";
import { loadSharePage } from "./share-page";

const database = testDatabasePerFile();
let creator: CurrentUser;
const start = new Date("2026-05-01T10:00:00Z");

beforeAll(async () => {
  creator = await insertMember(database.db, { name: "Shay", role: "reviewer" });
});

/** A take in `shotId` (or in a new shot of its own), `minutes` after the start. */
async function take(options: { minutes: number; shotId?: string; ready?: boolean; deleted?: boolean }): Promise<Take> {
  const id = randomUUID();
  const ready = options.ready ?? true;
  const at = new Date(start.getTime() + options.minutes * 60_000);
  const [row] = await database.db
    .insert(takes)
    .values(
      takeRow({
        id,
        prompt: "Lighthouse sweep at dusk over the cliffs",
        createdAt: at,
        updatedAt: at,
        status: ready ? "ready" : "processing",
        videoKey: ready ? videoKey(id) : null,
        posterKey: ready ? posterKey(id) : null,
        deletedAt: options.deleted ? at : null,
        ...(options.shotId ? { shotId: options.shotId } : {}),
      }),
    )
    .returning();
  return row;
}

function shareShot(shotId: string, title = "") {
  return createShareLink(database.db, { shotId, title, expiresInDays: 7, createdBy: creator.id });
}

async function positions(linkId: string): Promise<string[]> {
  const rows = await database.db
    .select({ takeId: shareLinkTakes.takeId })
    .from(shareLinkTakes)
    .where(eq(shareLinkTakes.shareLinkId, linkId))
    .orderBy(asc(shareLinkTakes.position));
  return rows.map((row) => row.takeId);
}

describe("sharing a whole shot", () => {
  it("lists the circled take first, then the others newest first, leaving out unfinished and deleted ones", async () => {
    const first = await take({ minutes: 0 });
    const shotId = first.shotId;
    expect(shotId).toBe(first.id);
    const second = await take({ minutes: 1, shotId });
    const circled = await take({ minutes: 2, shotId });
    const newest = await take({ minutes: 3, shotId });
    await take({ minutes: 4, shotId, ready: false });
    await take({ minutes: 5, shotId, deleted: true });
    await database.db
      .update(shots)
      .set({ circledTakeId: circled.id, circledBy: creator.id, circledAt: start })
      .where(eq(shots.id, shotId));

    const { link, token, takeIds } = await shareShot(shotId);
    const expected = [circled.id, newest.id, second.id, first.id];
    expect(takeIds).toEqual(expected);
    expect(await positions(link.id)).toEqual(expected);
    expect(link.shotId).toBe(shotId);
    expect(link.title).toBe("Lighthouse sweep at dusk over the");
    const page = await loadSharePage(database.db, token, { secret: "s" });
    expect(page && !page.locked && page.takes.map((shared) => shared.id)).toEqual(expected);
  });

  it("lists the takes newest first when none is circled, and keeps a title given", async () => {
    const first = await take({ minutes: 10 });
    const later = await take({ minutes: 11, shotId: first.shotId });
    const { link, takeIds } = await shareShot(first.shotId, "  For the client  ");
    expect(takeIds).toEqual([later.id, first.id]);
    expect(link.title).toBe("For the client");
  });

  it("keeps the link's takes as they were when it was made", async () => {
    const first = await take({ minutes: 20 });
    const { token } = await shareShot(first.shotId);
    await take({ minutes: 21, shotId: first.shotId });
    const page = await loadSharePage(database.db, token, { secret: "s" });
    expect(page && !page.locked && page.takes.map((shared) => shared.id)).toEqual([first.id]);
  });

  it("refuses a shot that does not exist, and one with no finished take", async () => {
    const codeOf = async (shotId: string) => {
      try {
        await shareShot(shotId);
        return "created";
      } catch (error) {
        return isAppError(error) ? error.code : String(error);
      }
    };
    expect(await codeOf(randomUUID())).toBe("not_found:shot");
    const unfinished = await take({ minutes: 30, ready: false });
    expect(await codeOf(unfinished.shotId)).toBe("conflict:share_not_ready");
  });
});
