import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/authorize";
import { createDb, type DbHandle } from "@/lib/db/client";
import { listShareLinks, listShareLinksForTake } from "@/lib/db/queries/share-links";
import { activity, shareLinks, takeComments } from "@/lib/db/review-schema";
import { isAppError } from "@/lib/errors";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { createShareLink, findLiveShareLink, loadSharePage, revokeShareLink } from "./share-links";
import { hashShareToken } from "./tokens";

let database: TestDatabase;
let handle: DbHandle;
let admin: CurrentUser;
let creator: CurrentUser;
let otherCreator: CurrentUser;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = await createDb(database.options);
  admin = await insertMember(handle.db, { name: "Ada Admin", role: "admin" });
  creator = await insertMember(handle.db, { name: "Cleo Creator", role: "creator" });
  otherCreator = await insertMember(handle.db, { name: "Otto Other", role: "creator" });
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

describe("share link tokens", () => {
  it("stores only the SHA-256 of the token", async () => {
    const take = await insertTake(handle.db, { prompt: "a lighthouse" });
    const { link, token } = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "",
      expiresInDays: null,
      createdBy: creator.id,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = await handle.db.select().from(shareLinks);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await findLiveShareLink(handle.db, token))?.id).toBe(link.id);
    // The hash itself is not a token: a leaked database row opens nothing.
    expect(await findLiveShareLink(handle.db, hashShareToken(token))).toBeUndefined();
    expect(await findLiveShareLink(handle.db, `${token.slice(0, -1)}A`)).toBeUndefined();
  });

  it("refuses takes that are not ready or are deleted", async () => {
    const running = await insertTake(handle.db, { prompt: "still rendering", status: "processing" });
    const deleted = await insertTake(handle.db, { prompt: "gone", deleted: true });
    for (const take of [running, deleted]) {
      const error = await createShareLink(handle.db, {
        takeIds: [take.id],
        title: "",
        expiresInDays: 1,
        createdBy: creator.id,
      }).catch((reason: unknown) => reason);
      expect(codeOf(error)).toBe("conflict:share_not_ready");
    }
  });

  it("expires to the millisecond", async () => {
    const take = await insertTake(handle.db, { prompt: "a fox" });
    const now = new Date("2026-03-01T12:00:00Z");
    const { token } = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "Fox",
      expiresInDays: 7,
      createdBy: creator.id,
      now,
    });
    expect(await findLiveShareLink(handle.db, token, new Date(now.getTime() + 7 * DAY - 1))).toBeDefined();
    expect(await findLiveShareLink(handle.db, token, new Date(now.getTime() + 7 * DAY))).toBeUndefined();
    expect(await loadSharePage(handle.db, token, new Date(now.getTime() + 7 * DAY))).toBeUndefined();
  });
});

describe("revoking", () => {
  it("lets the creator revoke, and the link stops working at once", async () => {
    const take = await insertTake(handle.db, { prompt: "a boat" });
    const { link, token } = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "",
      expiresInDays: null,
      createdBy: creator.id,
    });
    await revokeShareLink(handle.db, { linkId: link.id, actor: creator });
    expect(await findLiveShareLink(handle.db, token)).toBeUndefined();
    expect(await loadSharePage(handle.db, token)).toBeUndefined();
    const again = await revokeShareLink(handle.db, { linkId: link.id, actor: creator }).catch(
      (error: unknown) => error,
    );
    expect(codeOf(again)).toBe("conflict:share_link_revoked");
  });

  it("lets an admin revoke another member's link", async () => {
    const take = await insertTake(handle.db, { prompt: "a tram" });
    const { link, token } = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "",
      expiresInDays: null,
      createdBy: creator.id,
    });
    const revoked = await revokeShareLink(handle.db, { linkId: link.id, actor: admin });
    expect(revoked.revokedBy).toBe(admin.id);
    expect(await findLiveShareLink(handle.db, token)).toBeUndefined();
  });

  it("refuses another creator, and the link keeps working", async () => {
    const take = await insertTake(handle.db, { prompt: "a balloon" });
    const { link, token } = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "",
      expiresInDays: null,
      createdBy: creator.id,
    });
    const error = await revokeShareLink(handle.db, { linkId: link.id, actor: otherCreator }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("forbidden:share_link");
    expect((await findLiveShareLink(handle.db, token))?.id).toBe(link.id);
  });

  it("refuses an unknown link", async () => {
    const error = await revokeShareLink(handle.db, { linkId: randomUUID(), actor: admin }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("not_found:share_link");
  });
});

describe("share page data", () => {
  it("holds only the link's takes and their top-level comments approved for sharing", async () => {
    const first = await insertTake(handle.db, { prompt: "SECRET PROMPT one" });
    const second = await insertTake(handle.db, { prompt: "SECRET PROMPT two" });
    const outside = await insertTake(handle.db, { prompt: "not in the link" });
    const now = new Date();
    const shared = { takeId: first.id, authorId: creator.id, createdAt: now };
    await handle.db.insert(takeComments).values([
      { id: randomUUID(), ...shared, body: "<b>Lovely</b> light", atMs: 1500, sharedAt: now, sharedBy: admin.id },
      { id: randomUUID(), ...shared, body: "internal only", atMs: 500 },
      { id: randomUUID(), ...shared, takeId: outside.id, body: "other take, shared", atMs: 100, sharedAt: now },
    ]);
    const [parent] = await handle.db.select().from(takeComments).where(eq(takeComments.body, "<b>Lovely</b> light"));
    await handle.db
      .insert(takeComments)
      .values({ id: randomUUID(), ...shared, parentId: parent.id, body: "a reply, even if marked", sharedAt: now });

    const { token } = await createShareLink(handle.db, {
      takeIds: [second.id, first.id],
      title: "Client cut",
      expiresInDays: 30,
      createdBy: creator.id,
    });
    const page = await loadSharePage(handle.db, token);
    expect(page?.title).toBe("Client cut");
    expect(page?.takes.map((take) => take.id)).toEqual([second.id, first.id]);
    expect(page?.takes[1].comments).toEqual([
      { id: parent.id, body: "<b>Lovely</b> light", atMs: 1500, authorName: "Cleo Creator" },
    ]);
    expect(page?.takes[0].comments).toEqual([]);
    expect(page?.takes[1].videoUrl).toBe(`/share/${token}/media/videos/${first.id}.mp4`);
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
    const kept = await insertTake(handle.db, { prompt: "kept" });
    const removed = await insertTake(handle.db, { prompt: "removed" });
    const { token } = await createShareLink(handle.db, {
      takeIds: [kept.id, removed.id],
      title: "",
      expiresInDays: null,
      createdBy: creator.id,
    });
    const { takes } = await import("@/lib/db/schema");
    await handle.db.update(takes).set({ deletedAt: new Date() }).where(eq(takes.id, removed.id));
    expect((await loadSharePage(handle.db, token))?.takes.map((take) => take.id)).toEqual([kept.id]);
  });
});

describe("lists and activity", () => {
  it("lists a member's links, a take's links, and records shared and share_revoked", async () => {
    const take = await insertTake(handle.db, { prompt: "a glacier" });
    const mine = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "Mine",
      expiresInDays: 1,
      createdBy: otherCreator.id,
    });
    const theirs = await createShareLink(handle.db, {
      takeIds: [take.id],
      title: "Theirs",
      expiresInDays: null,
      createdBy: admin.id,
    });
    const own = await listShareLinks(handle.db, { createdBy: otherCreator.id });
    expect(own.map((link) => link.title)).toEqual(["Mine"]);
    expect(own[0]).toMatchObject({ creatorName: "Otto Other", takeCount: 1 });
    expect((await listShareLinksForTake(handle.db, take.id)).map((link) => link.title)).toEqual(["Theirs", "Mine"]);
    await revokeShareLink(handle.db, { linkId: theirs.link.id, actor: admin });
    expect((await listShareLinksForTake(handle.db, take.id)).map((link) => link.title)).toEqual(["Mine"]);
    const kinds = await handle.db.select().from(activity).where(eq(activity.takeId, take.id));
    expect(kinds.map((row) => row.kind).sort()).toEqual(["share_revoked", "shared", "shared"]);
    expect(kinds.find((row) => row.kind === "share_revoked")?.actorId).toBe(admin.id);
    expect(JSON.stringify(kinds)).not.toContain(mine.token);
  });
});
