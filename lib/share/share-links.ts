/**
 * Share links: read-only pages for people outside the team. A link holds one or more ready takes (or
 * a whole shot's); its page shows their videos and the comments approved for sharing, nothing else,
 * behind an optional passphrase. A link stops working when it expires or is revoked; revoking is for
 * its creator or an admin.
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
  listShareLinkTakeIds,
  listShotTakesToShare,
  markShareLinkRevoked,
} from "@/lib/db/queries/share-links";
import { getTakesByIds } from "@/lib/db/queries/takes";
import type { ShareLink } from "@/lib/db/review-schema";
import { AppError } from "@/lib/errors";
import { hashPassphrase } from "./passphrase";
import { generateShareToken, hashShareToken, isWellFormedShareToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareLinkState = "live" | "expired" | "revoked";

export function shareLinkState(link: Pick<ShareLink, "expiresAt" | "revokedAt">, now: Date): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "live";
}

/** What a new link holds and how it is guarded. */
export type NewShareLink = {
  /** Chosen takes, in this order; or `shotId` for a whole shot (one of the two). */
  takeIds?: string[];
  shotId?: string;
  title: string;
  expiresInDays: number | null;
  /** Stored only as a salted hash. */
  passphrase?: string;
  allowDownload?: boolean;
  createdBy: string;
  now?: Date;
};

/**
 * Creates a link for ready, visible takes, or for a whole shot (its circled take first, then the others
 * newest first; the title defaults to the shot's name). The token is returned once; only its hash is kept.
 */
export async function createShareLink(
  db: Db,
  options: NewShareLink,
): Promise<{ link: ShareLink; token: string; takeIds: string[] }> {
  const now = options.now ?? new Date();
  const { takeIds, title } = options.shotId
    ? await shotContents(db, options.shotId, options.title)
    : { takeIds: await readyTakeIds(db, options.takeIds ?? []), title: options.title.trim() };
  const token = generateShareToken();
  const passphraseHash = options.passphrase ? await hashPassphrase(options.passphrase) : null;
  const link = await db.transaction(async (tx) => {
    const inserted = await insertShareLink(tx, {
      link: {
        id: randomUUID(),
        tokenHash: hashShareToken(token),
        title,
        createdBy: options.createdBy,
        createdAt: now,
        expiresAt: options.expiresInDays === null ? null : new Date(now.getTime() + options.expiresInDays * DAY_MS),
        passphraseHash,
        allowDownload: options.allowDownload ?? true,
        shotId: options.shotId ?? null,
      },
      takeIds,
    });
    for (const takeId of takeIds) {
      await recordActivity(tx, {
        actorId: options.createdBy,
        kind: "shared",
        takeId,
        detail: { shareLinkId: inserted.id, title: inserted.title, takeCount: takeIds.length },
        at: now,
      });
    }
    return inserted;
  });
  return { link, token, takeIds };
}

async function readyTakeIds(db: Db, takeIds: string[]): Promise<string[]> {
  if (takeIds.length === 0) throw new AppError("bad_request:share_empty", "Choose at least one take to share.");
  const found = await getTakesByIds(db, takeIds);
  const usable = new Set(
    found.filter((take) => !take.deletedAt && take.status === "ready" && take.videoKey).map((take) => take.id),
  );
  const missing = takeIds.filter((id) => !usable.has(id));
  if (missing.length > 0) {
    throw new AppError(
      "conflict:share_not_ready",
      takeIds.length === 1
        ? "Only a finished take can be shared: this one has no video (yet), or it was deleted."
        : `Only finished takes can be shared: ${missing.length} of the selected takes have no video or were deleted.`,
    );
  }
  return takeIds;
}

async function shotContents(db: Db, shotId: string, title: string): Promise<{ takeIds: string[]; title: string }> {
  const shot = await listShotTakesToShare(db, shotId);
  if (!shot) throw new AppError("not_found:shot", "This shot no longer exists. It may have been emptied or merged.");
  if (shot.takeIds.length === 0) {
    throw new AppError("conflict:share_not_ready", "This shot has no finished takes to share yet.");
  }
  return { takeIds: shot.takeIds, title: title.trim() || shot.name };
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
