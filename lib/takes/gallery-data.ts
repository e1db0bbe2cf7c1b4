/** The gallery's data: a page of takes for a set of URL filters, ready for the browser. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { getVisibleTake, listCreators, listTakes, type TakeFilter } from "@/lib/db/queries/takes";
import { AppError } from "@/lib/errors";
import type { GalleryPage } from "./api-schema";
import { withEstimates } from "./estimates";
import { encodeCursor, type GalleryFilters, type ListCursor, statusesOf } from "./filters";
import { toTakeView } from "./to-view";
import type { TakeView } from "./view";

/** A page fills a wide screen a few rows deep; the next loads before the reader reaches the end. */
export const GALLERY_PAGE_SIZE = 48;
const MAX_PAGE_SIZE = 100;

export async function loadGalleryPage(
  db: Db,
  /** `viewerId`: the signed-in member, for the per-viewer filters (favourites, needs my review). */
  options: { filters: GalleryFilters; cursor?: ListCursor; limit?: number; viewerId?: string },
): Promise<GalleryPage> {
  const { items, nextCursor } = await listTakes(db, {
    limit: Math.min(options.limit ?? GALLERY_PAGE_SIZE, MAX_PAGE_SIZE),
    cursor: options.cursor,
    filter: toTakeFilter(options.filters, options.viewerId),
  });
  return {
    items: await withEstimates(db, items.map(toTakeView)),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
  };
}

/** One take as a gallery item shows it; a deleted or unknown id is not_found. */
export async function loadTakeView(db: Db, id: string): Promise<TakeView> {
  const row = await getVisibleTake(db, id);
  if (!row) throw new AppError("not_found:take", "This take no longer exists.");
  const [view] = await withEstimates(db, [toTakeView(row)]);
  return view;
}

type Creators = Awaited<ReturnType<typeof listCreators>>;
/** A new creator shows up in the filter within this long; until then the list is one scan per process. */
export const CREATORS_TTL_MS = 30_000;
const creatorCaches = new WeakMap<Db, { at: number; value: Promise<Creators> }>();

/**
 * The creator filter's options (members, and "Before accounts" while such takes remain), kept per
 * database handle for CREATORS_TTL_MS, so a gallery render reads its page of takes and little else.
 */
export function loadCreatorOptions(db: Db, now = Date.now()): Promise<Creators> {
  const hit = creatorCaches.get(db);
  if (hit && now - hit.at < CREATORS_TTL_MS) return hit.value;
  const value = listCreators(db);
  creatorCaches.set(db, { at: now, value });
  // A failed scan is not remembered: the next render tries again.
  value.catch(() => creatorCaches.delete(db));
  return value;
}

/** Without a viewer (a caller that does not know who asks), the per-viewer filters match no take. */
export function toTakeFilter(filters: GalleryFilters, viewerId?: string): TakeFilter {
  const viewer = viewerId ?? NO_VIEWER;
  return {
    statuses: statusesOf(filters.status),
    modelName: filters.model,
    cameraType: filters.camera,
    aspectRatio: filters.aspect,
    createdBy: filters.by,
    search: filters.q,
    reviewState: filters.review,
    cameraVerdict: filters.verdict === "none" ? null : filters.verdict,
    cameraCheck: filters.measured,
    favouritesOf: filters.favourites ? viewer : undefined,
    needsReviewBy: filters.needs_review ? viewer : undefined,
  };
}

/** No member has an empty id. */
const NO_VIEWER = "";
