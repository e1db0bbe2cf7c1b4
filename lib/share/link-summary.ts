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
    canRevoke: canRevokeShareLink(row, viewer),
  };
}
