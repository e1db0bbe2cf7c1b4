/**
 * What a share link shows, and to whom: the link must be live, and a link with a passphrase opens only
 * for a visitor holding its unlock cookie. Until then the page shows the title and the passphrase form,
 * and every media route under the token answers without a byte of video.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { listSharedComments, listShareLinkTakes } from "@/lib/db/queries/share-links";
import type { ShareLink } from "@/lib/db/review-schema";
import { type CommentDrawing, readDrawing } from "@/lib/review/drawing";
import { isShareUnlockValue } from "./passphrase";
import { findLiveShareLink } from "./share-links";

/** The visitor's side of the gate: the unlock cookie they sent, and the studio's secret to check it. */
export type ShareGate = { cookie?: string; secret: string; now?: Date };

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
  /** Null when the link's creator turned downloads off. */
  downloadUrl: string | null;
  videoDurationMs: number | null;
  /** Frames per second read from its file; null until known. */
  fps: number | null;
  comments: SharedComment[];
};

export type SharePageData = { title: string; expiresAt: Date | null; takes: SharedTake[] };

/** A locked link shows its title only; an open one everything the page shows. */
export type SharePageView = { locked: true; title: string } | ({ locked: false } & SharePageData);

function isShareLinkUnlocked(link: Pick<ShareLink, "id" | "passphraseHash">, gate: ShareGate): boolean {
  if (link.passphraseHash === null) return true;
  return isShareUnlockValue(gate.cookie, gate.secret, { id: link.id, passphraseHash: link.passphraseHash });
}

/** Everything a share page shows, and nothing more: no prompts, settings or members beyond comment authors. */
export async function loadSharePage(db: Db, token: string, gate: ShareGate): Promise<SharePageView | undefined> {
  const link = await findLiveShareLink(db, token, gate.now);
  if (!link) return undefined;
  if (!isShareLinkUnlocked(link, gate)) return { locked: true, title: link.title };
  const takes = await listShareLinkTakes(db, link.id);
  const comments = await listSharedComments(
    db,
    takes.map((take) => take.id),
  );
  const base = `/share/${token}`;
  return {
    locked: false,
    title: link.title,
    expiresAt: link.expiresAt,
    takes: takes.map((take) => ({
      id: take.id,
      aspectRatio: take.aspectRatio,
      videoUrl: `${base}/media/${take.videoKey}`,
      posterUrl: take.posterKey ? `${base}/media/${take.posterKey}` : null,
      downloadUrl: link.allowDownload ? `${base}/download/${take.id}` : null,
      videoDurationMs: take.videoDurationMs,
      fps: take.videoFps,
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

export type SharedFile =
  | { kind: "file"; key: string; title: string }
  | { kind: "not_found" }
  | { kind: "locked" }
  | { kind: "download_off" };

/**
 * The stored file a share URL may serve: a video or poster key of one of a live link's takes (media), or
 * a take's video (download). Locked links answer before any key is looked at.
 */
export async function findSharedFile(
  db: Db,
  options: { token: string; gate: ShareGate } & ({ mediaKey: string } | { downloadTakeId: string }),
): Promise<SharedFile> {
  const link = await findLiveShareLink(db, options.token, options.gate.now);
  if (!link) return { kind: "not_found" };
  if (!isShareLinkUnlocked(link, options.gate)) return { kind: "locked" };
  const takes = await listShareLinkTakes(db, link.id);
  if ("downloadTakeId" in options) {
    const take = takes.find((candidate) => candidate.id === options.downloadTakeId);
    if (!take?.videoKey) return { kind: "not_found" };
    if (!link.allowDownload) return { kind: "download_off" };
    return { kind: "file", key: take.videoKey, title: link.title };
  }
  const key = options.mediaKey;
  const shared = takes.some((take) => take.videoKey === key || take.posterKey === key);
  return shared ? { kind: "file", key, title: link.title } : { kind: "not_found" };
}
