/** The gallery's shots view: a page of shot cards for a set of URL filters, ready for the browser. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { listShotSummaries, type ShotSummaryRow } from "@/lib/db/queries/shots";
import { encodeCursor, type GalleryFilters, type ListCursor } from "@/lib/takes/filters";
import { toTakeFilter } from "@/lib/takes/gallery-data";
import type { ShotCardView } from "./shot-view";

/** Shot cards are as big as take cards: a page fills a wide screen a few rows deep. */
export const SHOTS_PAGE_SIZE = 48;

export async function loadShotsPage(
  db: Db,
  options: { filters: GalleryFilters; cursor?: ListCursor; viewerId?: string; limit?: number },
): Promise<{ items: ShotCardView[]; nextCursor: string | null }> {
  const { items, nextCursor } = await listShotSummaries(db, {
    limit: Math.min(options.limit ?? SHOTS_PAGE_SIZE, 100),
    cursor: options.cursor,
    filter: toTakeFilter(options.filters, options.viewerId),
  });
  return { items: items.map(toShotCard), nextCursor: nextCursor ? encodeCursor(nextCursor) : null };
}

function toShotCard(row: ShotSummaryRow): ShotCardView {
  return {
    id: row.id,
    name: row.name,
    takes: row.takes,
    approved: row.approved,
    changesRequested: row.changesRequested,
    unreviewed: row.unreviewed,
    poster: row.poster
      ? { url: `/media/${row.poster.posterKey}`, aspectRatio: row.poster.aspectRatio, circled: row.poster.circled }
      : null,
  };
}
