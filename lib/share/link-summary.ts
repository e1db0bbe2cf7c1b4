/** Share links as the lists show them (take page, /share): plain and serializable, with what the viewer may do. */
import "server-only";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { ShareLinkListRow } from "@/lib/db/queries/share-links";
import { canRevokeShareLink, shareLinkState } from "./share-links";

export type ShareLinkSummary = {
  id: string;
  title: string;
  creatorName: string;
  createdAt: string;
  expiresAt: string | null;
  state: "live" | "expired";
  takeCount: number;
  /** Whether viewers must enter a passphrase (the passphrase itself is never known). */
  hasPassphrase: boolean;
  allowDownload: boolean;
  /** Set for a link to a whole shot. */
  shotId: string | null;
  canRevoke: boolean;
};

export function toShareLinkSummary(row: ShareLinkListRow, viewer: CurrentUser, now: Date): ShareLinkSummary {
  return {
    id: row.id,
    title: row.title,
    creatorName: row.creatorName ?? "Former member",
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    state: shareLinkState(row, now) === "expired" ? "expired" : "live",
    takeCount: row.takeCount,
    hasPassphrase: Boolean(row.hasPassphrase),
    allowDownload: row.allowDownload,
    shotId: row.shotId,
    canRevoke: canRevokeShareLink(row, viewer),
  };
}
