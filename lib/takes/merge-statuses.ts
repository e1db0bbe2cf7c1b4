/**
 * How a poll's answer (`/api/generations/status`) changes the pages of takes a tab shows. Pure: the
 * gallery's infinite query and the studio's lists both apply it through the query cache. Browser-safe.
 */
import type { GalleryPage } from "./api-schema";
import { isActiveStatus } from "./statuses";
import type { TakeStatusBody, TakeView } from "./view";

/**
 * The pages with the answer applied: a watched take takes its new state (never an older one: an answer
 * arriving late, or a cached one after the page was rendered again), a deleted take goes, and takes new
 * since the tab's newest go on top of the first page, newest first. Everything else keeps its place and
 * its identity, and with nothing to change the same `pages` come back, so nothing re-renders.
 */
export function mergeStatuses(pages: GalleryPage[], body: TakeStatusBody): GalleryPage[] {
  const removed = new Set(body.removed);
  const updates = new Map([...body.created, ...body.items].map((take) => [take.id, take]));
  const known = new Set(pages.flatMap((page) => page.items.map((take) => take.id)));
  const created = uniqueById(body.created.filter((take) => !known.has(take.id) && !removed.has(take.id))).reverse();

  let changed = false;
  const merged = pages.map((page) => {
    let pageChanged = false;
    const items = page.items.flatMap((take) => {
      const next = removed.has(take.id) ? undefined : newerTake(take, updates.get(take.id));
      if (next !== take) pageChanged = true;
      return next ? [next] : [];
    });
    if (!pageChanged) return page;
    changed = true;
    return { ...page, items };
  });
  if (created.length === 0) return changed ? merged : pages;
  const [first, ...rest] = merged;
  return first ? [{ ...first, items: [...created, ...first.items] }, ...rest] : [{ items: created, nextCursor: null }];
}

/** The watched takes this answer reports finished (ready or failed) that were running in `pages`. */
export function finishedTakes(pages: GalleryPage[], updates: TakeView[]): TakeView[] {
  const before = new Map(pages.flatMap((page) => page.items.map((take) => [take.id, take])));
  return updates.filter((update) => {
    const shown = before.get(update.id);
    return shown !== undefined && isActiveStatus(shown.status) && !isActiveStatus(update.status);
  });
}

/** The takes of all pages in order, each once (a take may meet a page that was loaded before it arrived). */
export function takesOf(pages: GalleryPage[]): TakeView[] {
  return uniqueById(pages.flatMap((page) => page.items));
}

/** `update` when it is not older than `current` and says something else; otherwise `current` itself. */
export function newerTake(current: TakeView, update: TakeView | undefined): TakeView {
  if (!update || Date.parse(update.updatedAt) < Date.parse(current.updatedAt)) return current;
  return isEqual(current, update) ? current : update;
}

function uniqueById(takes: TakeView[]): TakeView[] {
  const seen = new Set<string>();
  return takes.filter((take) => {
    if (seen.has(take.id)) return false;
    seen.add(take.id);
    return true;
  });
}

/** Deep equality of JSON values (key order aside). */
function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bEntries = Object.entries(b).filter(([, value]) => value !== undefined);
  if (aEntries.length !== bEntries.length) return false;
  const bRecord: Record<string, unknown> = Object.fromEntries(bEntries);
  return aEntries.every(([key, value]) => key in bRecord && isEqual(value, bRecord[key]));
}
