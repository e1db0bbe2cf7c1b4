/**
 * Share links: read-only pages for people outside the team. A link holds one or more ready takes;
 * its page shows their videos and the comments approved for sharing, nothing else. A link stops
 * working when it expires or is revoked; revoking is for its creator or an admin.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordActivity } from "@/lib/activity/record";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { Db } from "@/lib/db/client";
import {
  getShareLink,
  getShareLinkByTokenHash,
  insertShareLink,
  listSharedComments,
  listShareLinkTakeIds,
  listShareLinkTakes,
  markShareLinkRevoked,
} from "@/lib/db/queries/share-links";
import { getTakesByIds } from "@/lib/db/queries/takes";
import type { ShareLink } from "@/lib/db/review-schema";
import { AppError } from "@/lib/errors";
import { type CommentDrawing, readDrawing } from "@/lib/review/drawing";
import { generateShareToken, hashShareToken, isWellFormedShareToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareLinkState = "live" | "expired" | "revoked";

export function shareLinkState(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "live";
}

/** Creates a link for ready, visible takes; the token is returned once and only its hash is kept. */
export async function createShareLink(
  db: Db,
  options: { takeIds: string[]; title: string; expiresInDays: number | null; createdBy: string; now?: Date },
): Promise<{ link: ShareLink; token: string }> {
  const now = options.now ?? new Date();
  const found = await getTakesByIds(db, options.takeIds);
  const usable = new Set(
    found.filter((take) => !take.deletedAt && take.status === "ready" && take.videoKey).map((take) => take.id),
  );
  const missing = options.takeIds.filter((id) => !usable.has(id));
  if (missing.length > 0) {
    throw new AppError(
      "conflict:share_not_ready",
      options.takeIds.length === 1
        ? "Only a finished take can be shared: this one has no video (yet), or it was deleted."
        : `Only finished takes can be shared: ${missing.length} of the selected takes have no video or were deleted.`,
    );
  }
  const token = generateShareToken();
  const link = await db.transaction(async (tx) => {
    const inserted = await insertShareLink(tx, {
      link: {
        id: randomUUID(),
        tokenHash: hashShareToken(token),
        title: options.title.trim(),
        createdBy: options.createdBy,
        createdAt: now,
        expiresAt: options.expiresInDays === null ? null : new Date(now.getTime() + options.expiresInDays * DAY_MS),
      },
      takeIds: options.takeIds,
    });
    for (const takeId of options.takeIds) {
      await recordActivity(tx, {
        actorId: options.createdBy,
        kind: "shared",
        takeId,
        detail: { shareLinkId: inserted.id, title: inserted.title, takeCount: options.takeIds.length },
        at: now,
      });
    }
    return inserted;
  });
  return { link, token };
}

/** The link behind a token if it still works; undefined for unknown, revoked and expired tokens alike. */
export async function findLiveShareLink(db: Db, token: string, now = new Date()): Promise<ShareLink | undefined> {
  if (!isWellFormedShareToken(token)) return undefined;
  const link = await getShareLinkByTokenHash(db, hashShareToken(token));
  return link && shareLinkState(link, now) === "live" ? link : undefined;
}

/** Revokes a link: its creator or an admin only, decided here on the server. */
export async function revokeShareLink(
  db: Db,
  options: { linkId: string; actor: CurrentUser; now?: Date },
): Promise<ShareLink> {
  const now = options.now ?? new Date();
  const link = await getShareLink(db, options.linkId);
  if (!link) throw new AppError("not_found:share_link", "This share link no longer exists.");
  if (!canRevokeShareLink(link, options.actor)) {
    throw new AppError("forbidden:share_link", "Only the member who made this link, or an admin, can revoke it.");
  }
  return db.transaction(async (tx) => {
    if (!(await markShareLinkRevoked(tx, { id: link.id, revokedBy: options.actor.id, now }))) {
      throw new AppError("conflict:share_link_revoked", "This share link was already revoked.");
    }
    const takes = await listShareLinkTakeIds(tx, link.id);
    for (const takeId of takes) {
      await recordActivity(tx, {
        actorId: options.actor.id,
        kind: "share_revoked",
        takeId,
        detail: { shareLinkId: link.id, title: link.title },
        at: now,
      });
    }
    return { ...link, revokedAt: now, revokedBy: options.actor.id };
  });
}

export function canRevokeShareLink(
  link: Pick<ShareLink, "createdBy">,
  actor: Pick<CurrentUser, "id" | "role">,
): boolean {
  return actor.role === "admin" || (link.createdBy !== null && link.createdBy === actor.id);
}

type SharedComment = {
  id: string;
  body: string;
  atMs: number | null;
  endMs: number | null;
  drawing: CommentDrawing | null;
  authorName: string;
};
export type SharedTake = {
  id: string;
  aspectRatio: string;
  videoUrl: string;
  posterUrl: string | null;
  videoDurationMs: number | null;
  comments: SharedComment[];
};
export type SharePageData = { title: string; expiresAt: Date | null; takes: SharedTake[] };

/** Everything a share page shows, and nothing more: no prompts, settings or members beyond comment authors. */
export async function loadSharePage(db: Db, token: string, now = new Date()): Promise<SharePageData | undefined> {
  const link = await findLiveShareLink(db, token, now);
  if (!link) return undefined;
  const takes = await listShareLinkTakes(db, link.id);
  const comments = await listSharedComments(
    db,
    takes.map((take) => take.id),
  );
  const base = `/share/${token}/media`;
  return {
    title: link.title,
    expiresAt: link.expiresAt,
    takes: takes.map((take) => ({
      id: take.id,
      aspectRatio: take.aspectRatio,
      videoUrl: `${base}/${take.videoKey}`,
      posterUrl: take.posterKey ? `${base}/${take.posterKey}` : null,
      videoDurationMs: take.videoDurationMs,
      comments: comments
        .filter((comment) => comment.takeId === take.id)
        .map((comment) => ({
          id: comment.id,
          body: comment.body,
          atMs: comment.atMs,
          endMs: comment.endMs,
          drawing: readDrawing(comment.drawing),
          authorName: comment.authorName ?? "Former member",
        })),
    })),
  };
}

/** Whether `key` is the video or poster of one of a live link's takes. */
export async function isSharedMediaKey(db: Db, options: { token: string; key: string; now?: Date }): Promise<boolean> {
  const link = await findLiveShareLink(db, options.token, options.now);
  if (!link) return false;
  const takes = await listShareLinkTakes(db, link.id);
  return takes.some((take) => take.videoKey === options.key || take.posterKey === options.key);
}
