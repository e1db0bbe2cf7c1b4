import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/authorize";
import { listShareLinks, listShareLinksForTake } from "@/lib/db/queries/share-links";
import { activity, shareLinks, takeComments } from "@/lib/db/review-schema";
import { isAppError } from "@/lib/errors";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { createShareLink, findLiveShareLink, revokeShareLink } from "./share-links";
import { loadSharePage, type SharePageData } from "./share-page";
import { hashShareToken } from "./tokens";

const database = testDatabasePerFile();
let admin: CurrentUser;
let creator: CurrentUser;
let otherCreator: CurrentUser;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  admin = await insertMember(database.db, { name: "Ada Admin", role: "admin" });
  creator = await insertMember(database.db, { name: "Cleo Creator", role: "creator" });
  otherCreator = await insertMember(database.db, { name: "Otto Other", role: "creator" });
});

/** A link without a passphrase opens for anyone: the page's data, or undefined when the link does not work. */
async function openPage(token: string, now?: Date): Promise<SharePageData | undefined> {
  const page = await loadSharePage(database.db, token, { secret: "test-secret", now });
  if (page?.locked) throw new Error("a link without a passphrase showed as locked");
  return page;
}

const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

/** A link to these takes: made by the creator, untitled and open until revoked, unless the test says otherwise. */
function shareLink(
  takeIds: string[],
  options: { title?: string; expiresInDays?: number | null; createdBy?: string; now?: Date } = {},
) {
  return createShareLink(database.db, { takeIds, title: "", expiresInDays: null, createdBy: creator.id, ...options });
}

describe("share link tokens", () => {
  it("stores only the SHA-256 of the token", async () => {
    const take = await insertTake(database.db, { prompt: "a lighthouse" });
    const { link, token } = await shareLink([take.id]);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = await database.db.select().from(shareLinks);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await findLiveShareLink(database.db, token))?.id).toBe(link.id);
    // The hash itself is not a token: a leaked database row opens nothing.
    expect(await findLiveShareLink(database.db, hashShareToken(token))).toBeUndefined();
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await findLiveShareLink(database.db, altered)).toBeUndefined();
  });

  it("refuses takes that are not ready or are deleted", async () => {
    const running = await insertTake(database.db, { prompt: "still rendering", status: "processing" });
    const deleted = await insertTake(database.db, { prompt: "gone", deleted: true });
    for (const take of [running, deleted]) {
      const error = await shareLink([take.id], { expiresInDays: 1 }).catch((reason: unknown) => reason);
      expect(codeOf(error)).toBe("conflict:share_not_ready");
    }
  });

  it("expires to the millisecond", async () => {
    const take = await insertTake(database.db, { prompt: "a fox" });
    const now = new Date("2026-03-01T12:00:00Z");
    const { token } = await shareLink([take.id], { title: "Fox", expiresInDays: 7, now });
    expect(await findLiveShareLink(database.db, token, new Date(now.getTime() + 7 * DAY - 1))).toBeDefined();
    expect(await findLiveShareLink(database.db, token, new Date(now.getTime() + 7 * DAY))).toBeUndefined();
    expect(await openPage(token, new Date(now.getTime() + 7 * DAY))).toBeUndefined();
  });
});

describe("revoking", () => {
  it("lets the creator revoke, and the link stops working at once", async () => {
    const take = await insertTake(database.db, { prompt: "a boat" });
    const { link, token } = await shareLink([take.id]);
    await revokeShareLink(database.db, { linkId: link.id, actor: creator });
    expect(await findLiveShareLink(database.db, token)).toBeUndefined();
    expect(await openPage(token)).toBeUndefined();
    const again = await revokeShareLink(database.db, { linkId: link.id, actor: creator }).catch(
      (error: unknown) => error,
    );
    expect(codeOf(again)).toBe("conflict:share_link_revoked");
  });

  it("lets an admin revoke another member's link", async () => {
    const take = await insertTake(database.db, { prompt: "a tram" });
    const { link, token } = await shareLink([take.id]);
    const revoked = await revokeShareLink(database.db, { linkId: link.id, actor: admin });
    expect(revoked.revokedBy).toBe(admin.id);
    expect(await findLiveShareLink(database.db, token)).toBeUndefined();
  });

  it("refuses another creator, and the link keeps working", async () => {
    const take = await insertTake(database.db, { prompt: "a balloon" });
    const { link, token } = await shareLink([take.id]);
    const error = await revokeShareLink(database.db, { linkId: link.id, actor: otherCreator }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("forbidden:share_link");
    expect((await findLiveShareLink(database.db, token))?.id).toBe(link.id);
  });

  it("refuses an unknown link", async () => {
    const error = await revokeShareLink(database.db, { linkId: randomUUID(), actor: admin }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("not_found:share_link");
  });
});

describe("share page data", () => {
  it("holds only the link's takes and their top-level comments approved for sharing", async () => {
    const first = await insertTake(database.db, { prompt: "SECRET PROMPT one" });
    const second = await insertTake(database.db, { prompt: "SECRET PROMPT two" });
    const outside = await insertTake(database.db, { prompt: "not in the link" });
    const now = new Date();
    const shared = { takeId: first.id, authorId: creator.id, createdAt: now };
    await database.db.insert(takeComments).values([
      { id: randomUUID(), ...shared, body: "<b>Lovely</b> light", atMs: 1500, sharedAt: now, sharedBy: admin.id },
      { id: randomUUID(), ...shared, body: "internal only", atMs: 500 },
      { id: randomUUID(), ...shared, takeId: outside.id, body: "other take, shared", atMs: 100, sharedAt: now },
    ]);
    const [parent] = await database.db.select().from(takeComments).where(eq(takeComments.body, "<b>Lovely</b> light"));
    await database.db
      .insert(takeComments)
      .values({ id: randomUUID(), ...shared, parentId: parent.id, body: "a reply, even if marked", sharedAt: now });

    const { token } = await shareLink([second.id, first.id], { title: "Client cut", expiresInDays: 30 });
    const page = await openPage(token);
    expect(page?.title).toBe("Client cut");
    expect(page?.takes.map((take) => take.id)).toEqual([second.id, first.id]);
    expect(page?.takes[1].comments).toEqual([
      {
        id: parent.id,
        body: "<b>Lovely</b> light",
        atMs: 1500,
        endMs: null,
        drawing: null,
        authorName: "Cleo Creator",
      },
    ]);
    expect(page?.takes[0].comments).toEqual([]);
    expect(page?.takes[1].videoUrl).toBe(`/share/${token}/media/videos/${first.id}.mp4`);
    // The frame rate read from the file: drawings show within one of its frames.
    expect(page?.takes[1].fps).toBe(30);
    const text = JSON.stringify(page);
    for (const hidden of [
      "SECRET PROMPT",
      "secret negative prompt",
      "internal only",
      "a reply",
      "other take",
      outside.id,
      "kling-v1",
      creator.email,
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("drops a take deleted after the link was made", async () => {
    const kept = await insertTake(database.db, { prompt: "kept" });
    const removed = await insertTake(database.db, { prompt: "removed" });
    const { token } = await shareLink([kept.id, removed.id]);
    const { takes } = await import("@/lib/db/schema");
    await database.db.update(takes).set({ deletedAt: new Date() }).where(eq(takes.id, removed.id));
    expect((await openPage(token))?.takes.map((take) => take.id)).toEqual([kept.id]);
  });
});

describe("lists and activity", () => {
  it("lists a member's links, a take's links, and records shared and share_revoked", async () => {
    const take = await insertTake(database.db, { prompt: "a glacier" });
    const mine = await shareLink([take.id], { title: "Mine", expiresInDays: 1, createdBy: otherCreator.id });
    const theirs = await shareLink([take.id], { title: "Theirs", createdBy: admin.id });
    const own = await listShareLinks(database.db, { createdBy: otherCreator.id });
    expect(own.map((link) => link.title)).toEqual(["Mine"]);
    expect(own[0]).toMatchObject({ creatorName: "Otto Other", takeCount: 1 });
    expect((await listShareLinksForTake(database.db, take.id)).map((link) => link.title)).toEqual(["Theirs", "Mine"]);
    await revokeShareLink(database.db, { linkId: theirs.link.id, actor: admin });
    expect((await listShareLinksForTake(database.db, take.id)).map((link) => link.title)).toEqual(["Mine"]);
    const kinds = await database.db.select().from(activity).where(eq(activity.takeId, take.id));
    expect(kinds.map((row) => row.kind).sort()).toEqual(["share_revoked", "shared", "shared"]);
    expect(kinds.find((row) => row.kind === "share_revoked")?.actorId).toBe(admin.id);
    expect(JSON.stringify(kinds)).not.toContain(mine.token);
  });
});

describe("drawings on shared comments", () => {
  it("carries a shared comment's range and drawing, and shows nothing for a stored drawing that is not valid", async () => {
    const take = await insertTake(database.db, { prompt: "drawn on" });
    const now = new Date();
    const drawing = {
      shapes: [{ tool: "rect" as const, colour: "#ff3b30" as const, from: { x: 0.1, y: 0.2 }, to: { x: 0.5, y: 0.6 } }],
    };
    const shared = { takeId: take.id, authorId: creator.id, createdAt: now, sharedAt: now, sharedBy: admin.id };
    await database.db.insert(takeComments).values([
      { id: randomUUID(), ...shared, body: "boxed", atMs: 1000, endMs: 2500, drawing },
      // Written by something other than the studio's actions: a coordinate out of the frame.
      {
        id: randomUUID(),
        ...shared,
        body: "broken",
        atMs: 3000,
        drawing: { shapes: [{ ...drawing.shapes[0], to: { x: 7, y: 0 } }] },
      },
    ]);
    const { token } = await shareLink([take.id], { title: "Drawn", expiresInDays: 1 });
    const page = await openPage(token);
    expect(page?.takes[0].comments.map((comment) => [comment.body, comment.endMs, comment.drawing])).toEqual([
      ["boxed", 2500, drawing],
      ["broken", null, null],
    ]);
  });
});
