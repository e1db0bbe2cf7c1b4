/** Queries on share links and what a share page shows. Tokens never reach this module, only their hashes. */
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { type ShareLink, shareLinks, shareLinkTakes, takeComments } from "../review-schema";
import { shots, takes } from "../schema";

/** Stores a link and its takes (in the given order) together. */
export async function insertShareLink(
  db: Db,
  values: { link: typeof shareLinks.$inferInsert; takeIds: string[] },
): Promise<ShareLink> {
  return db.transaction(async (tx) => {
    const [link] = await tx.insert(shareLinks).values(values.link).returning();
    await tx
      .insert(shareLinkTakes)
      .values(values.takeIds.map((takeId, position) => ({ shareLinkId: link.id, takeId, position })));
    return link;
  });
}

export async function getShareLinkByTokenHash(db: Db, tokenHash: string): Promise<ShareLink | undefined> {
  const [row] = await db.select().from(shareLinks).where(eq(shareLinks.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function getShareLink(db: Db, id: string): Promise<ShareLink | undefined> {
  const [row] = await db.select().from(shareLinks).where(eq(shareLinks.id, id)).limit(1);
  return row;
}

/** Marks a link revoked; false when it was already revoked (or does not exist). */
export async function markShareLinkRevoked(
  db: Db,
  values: { id: string; revokedBy: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(shareLinks)
    .set({ revokedAt: values.now, revokedBy: values.revokedBy })
    .where(and(eq(shareLinks.id, values.id), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return rows.length > 0;
}

/** Every take a link was made with, shown or not. */
export async function listShareLinkTakeIds(db: Db, shareLinkId: string): Promise<string[]> {
  const rows = await db
    .select({ id: shareLinkTakes.takeId })
    .from(shareLinkTakes)
    .where(eq(shareLinkTakes.shareLinkId, shareLinkId))
    .orderBy(asc(shareLinkTakes.position));
  return rows.map((row) => row.id);
}

/** A link's takes that can still be shown (ready and not deleted), in the link's order. */
export async function listShareLinkTakes(db: Db, shareLinkId: string) {
  return db
    .select({
      id: takes.id,
      aspectRatio: takes.aspectRatio,
      videoKey: takes.videoKey,
      posterKey: takes.posterKey,
      videoDurationMs: takes.videoDurationMs,
      videoFps: takes.videoFps,
    })
    .from(shareLinkTakes)
    .innerJoin(takes, eq(takes.id, shareLinkTakes.takeId))
    .where(
      and(
        eq(shareLinkTakes.shareLinkId, shareLinkId),
        isNull(takes.deletedAt),
        eq(takes.status, "ready"),
        isNotNull(takes.videoKey),
      ),
    )
    .orderBy(asc(shareLinkTakes.position));
}

/**
 * A shot and its takes that can be shared (ready, with a video, not deleted): the circled take first,
 * then the others newest first. Undefined when the shot does not exist.
 */
export async function listShotTakesToShare(
  db: Db,
  shotId: string,
): Promise<{ name: string; takeIds: string[] } | undefined> {
  const [shot] = await db
    .select({ name: shots.name, circledTakeId: shots.circledTakeId })
    .from(shots)
    .where(eq(shots.id, shotId))
    .limit(1);
  if (!shot) return undefined;
  const rows = await db
    .select({ id: takes.id })
    .from(takes)
    .where(and(eq(takes.shotId, shotId), isNull(takes.deletedAt), eq(takes.status, "ready"), isNotNull(takes.videoKey)))
    .orderBy(desc(takes.createdAt), desc(takes.id));
  const ids = rows.map((row) => row.id);
  const circled = ids.filter((id) => id === shot.circledTakeId);
  return { name: shot.name, takeIds: [...circled, ...ids.filter((id) => id !== shot.circledTakeId)] };
}

/** Top-level comments approved for sharing on these takes, by their moment in the video. */
export async function listSharedComments(db: Db, takeIds: string[]) {
  if (takeIds.length === 0) return [];
  return db
    .select({
      id: takeComments.id,
      takeId: takeComments.takeId,
      body: takeComments.body,
      atMs: takeComments.atMs,
      endMs: takeComments.endMs,
      drawing: takeComments.drawing,
      authorName: users.name,
    })
    .from(takeComments)
    .leftJoin(users, eq(users.id, takeComments.authorId))
    .where(and(inArray(takeComments.takeId, takeIds), isNotNull(takeComments.sharedAt), isNull(takeComments.parentId)))
    .orderBy(asc(takeComments.atMs), asc(takeComments.createdAt), asc(takeComments.id));
}

const linkListColumns = {
  id: shareLinks.id,
  title: shareLinks.title,
  createdBy: shareLinks.createdBy,
  creatorName: users.name,
  createdAt: shareLinks.createdAt,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
  // Whether one is asked, never the hash itself: list rows travel to the browser.
  hasPassphrase: sql<boolean>`${shareLinks.passphraseHash} is not null`,
  allowDownload: shareLinks.allowDownload,
  shotId: shareLinks.shotId,
};

export type ShareLinkListRow = {
  id: string;
  title: string;
  createdBy: string | null;
  creatorName: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  hasPassphrase: boolean;
  allowDownload: boolean;
  shotId: string | null;
  takeCount: number;
};

/** Links, newest first: one member's (`createdBy`) or everyone's. Revoked links are left out. */
export async function listShareLinks(
  db: Db,
  options: { createdBy?: string; limit?: number } = {},
): Promise<ShareLinkListRow[]> {
  const rows = await db
    .select(linkListColumns)
    .from(shareLinks)
    .leftJoin(users, eq(users.id, shareLinks.createdBy))
    .where(
      and(isNull(shareLinks.revokedAt), options.createdBy ? eq(shareLinks.createdBy, options.createdBy) : undefined),
    )
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
    .limit(options.limit ?? 200);
  return withTakeCounts(db, rows);
}

/** Links (not revoked) that contain a take, newest first. */
export async function listShareLinksForTake(db: Db, takeId: string): Promise<ShareLinkListRow[]> {
  const rows = await db
    .select(linkListColumns)
    .from(shareLinkTakes)
    .innerJoin(shareLinks, eq(shareLinks.id, shareLinkTakes.shareLinkId))
    .leftJoin(users, eq(users.id, shareLinks.createdBy))
    .where(and(eq(shareLinkTakes.takeId, takeId), isNull(shareLinks.revokedAt)))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id));
  return withTakeCounts(db, rows);
}

async function withTakeCounts(db: Db, rows: Omit<ShareLinkListRow, "takeCount">[]): Promise<ShareLinkListRow[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select({ shareLinkId: shareLinkTakes.shareLinkId })
    .from(shareLinkTakes)
    .where(
      inArray(
        shareLinkTakes.shareLinkId,
        rows.map((row) => row.id),
      ),
    );
  const counts = new Map<string, number>();
  for (const take of members) counts.set(take.shareLinkId, (counts.get(take.shareLinkId) ?? 0) + 1);
  return rows.map((row) => ({ ...row, takeCount: counts.get(row.id) ?? 0 }));
}
