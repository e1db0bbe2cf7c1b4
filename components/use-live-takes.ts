"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { encodeCursor, filtersToSearch, type GalleryFilters } from "@/lib/takes/filters";
import { isActiveStatus } from "@/lib/takes/statuses";
import { isWatched, type TakeStatusBody, type TakeView } from "@/lib/takes/view";

/**
 * A visible tab's round: it asks, and the server holds an unchanged answer for up to STATUS_WAIT_MS
 * (answering at once when something changes, e.g. a take turns playable), then the tab waits
 * STATUS_GAP_MS before asking again, or only NEWS_GAP_MS after an answer that brought news (changes
 * come in bursts: a wave of takes finishing, the queue moving up). So one request per STATUS_POLL_MS
 * while nothing changes, each further request carries news, and a change reaches the tab within moments.
 */
export const STATUS_WAIT_MS = 1_500;
export const STATUS_GAP_MS = 500;
export const NEWS_GAP_MS = 100;
export const STATUS_POLL_MS = STATUS_WAIT_MS + STATUS_GAP_MS;
/** A hidden tab asks this often, and is answered at once (no hold). */
export const HIDDEN_POLL_MS = 10_000;

export type LiveTakesOptions = {
  /**
   * Also learn, in the same request, about takes created elsewhere (another tab, a teammate) that match
   * these filters. `since` (the page's render time) stands in for the newest take when the list is empty.
   */
  watchNew?: { filters: GalleryFilters; since: string };
  /** Once per take that finishes (ready or failed) while this tab watches it. */
  onFinished?: (take: TakeView) => void;
};

/**
 * A list of takes kept current by the studio's one polling loop: one request per interval for all the
 * running takes shown (and for new takes, when watched), however many there are; a 304 when nothing
 * changed, held by the server while the tab is visible so that a change arrives at once (see
 * STATUS_POLL_MS); slower while the tab is hidden; no request at all while nothing is running.
 */
export function useLiveTakes(initial: TakeView[], options: LiveTakesOptions = {}) {
  const [items, setItems] = useState(initial);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const onFinishedRef = useRef(options.onFinished);
  onFinishedRef.current = options.onFinished;
  const visible = usePageVisible();

  const activeIds = useMemo(() => items.filter(isWatched).map((item) => item.id), [items]);
  const watch = options.watchNew;
  const filterSearch = watch ? filtersToSearch(watch.filters) : "";
  const after = watch ? newestCursor(items, watch.since) : undefined;
  const url = statusUrl({ ids: activeIds, after, filterSearch, waitMs: visible ? STATUS_WAIT_MS : 0 });
  // Read at fetch time: a changed set of takes goes out with the next scheduled request, not an extra one.
  const urlRef = useRef(url);
  urlRef.current = url;
  const conditional = useRef<{ etag: string; body: TakeStatusBody } | undefined>(undefined);
  const brokeNews = useRef(false);

  const polling = activeIds.length > 0;
  const query = useQuery({
    // One query per hook instance, whatever it watches, so a changing list never doubles the requests.
    queryKey: ["take-status", useId()],
    queryFn: async ({ signal }) => {
      const before = conditional.current?.body;
      const body = await fetchStatus({ url: urlRef.current, conditional, signal });
      brokeNews.current = body !== before;
      return body;
    },
    enabled: polling,
    // Counted from the end of the last answer (react-query restarts the timer when a fetch settles).
    refetchInterval: () =>
      polling ? (visible ? (brokeNews.current ? NEWS_GAP_MS : STATUS_GAP_MS) : HIDDEN_POLL_MS) : false,
    refetchIntervalInBackground: true,
    gcTime: 0,
    retry: false,
  });

  useEffect(() => {
    if (!query.data) return;
    const finished = finishedTakes(itemsRef.current, query.data.items);
    setItems((previous) => mergeStatus(previous, query.data));
    for (const take of finished) onFinishedRef.current?.(take);
  }, [query.data]);

  // With nothing running there is no polling; a tab coming back into view checks once for new takes.
  const { refetch } = query;
  const watching = Boolean(watch);
  useEffect(() => {
    if (visible && watching && !polling) void refetch();
  }, [visible, watching, polling, refetch]);

  /** Takes made in this tab (one, or a batch in order), on top of the list. */
  const add = useCallback((added: TakeView | TakeView[]) => {
    const list = Array.isArray(added) ? added : [added];
    const ids = new Set(list.map((item) => item.id));
    setItems((previous) => [...list, ...previous.filter((existing) => !ids.has(existing.id))]);
  }, []);
  const append = useCallback((more: TakeView[]) => {
    setItems((previous) => {
      const known = new Set(previous.map((item) => item.id));
      return [...previous, ...more.filter((item) => !known.has(item.id))];
    });
  }, []);
  const remove = useCallback((id: string) => {
    setItems((previous) => previous.filter((item) => item.id !== id));
  }, []);

  return {
    items,
    activeCount: activeIds.length,
    pollError: query.error instanceof Error ? query.error.message : undefined,
    add,
    append,
    remove,
  };
}

async function fetchStatus(input: {
  url: string;
  conditional: { current: { etag: string; body: TakeStatusBody } | undefined };
  signal: AbortSignal;
}): Promise<TakeStatusBody> {
  const { url, conditional, signal } = input;
  const previous = conditional.current;
  const response = await fetch(url, {
    signal,
    cache: "no-store",
    headers: previous ? { "If-None-Match": previous.etag } : {},
  });
  // Unchanged: the same object again, so nothing downstream re-renders.
  if (response.status === 304 && previous) return previous.body;
  if (!response.ok) throw new Error(`Status check failed (HTTP ${response.status})`);
  const body: TakeStatusBody = await response.json();
  const etag = response.headers.get("etag");
  conditional.current = etag ? { etag, body } : undefined;
  return body;
}

function statusUrl(input: { ids: string[]; after?: string; filterSearch: string; waitMs: number }): string {
  const params = [`ids=${input.ids.join(",")}`];
  if (input.after) params.push(`after=${encodeURIComponent(input.after)}`);
  // Only worth holding for running takes: with none, a tab asks once (for new takes) and wants the answer.
  if (input.waitMs > 0 && input.ids.length > 0) params.push(`wait=${input.waitMs}`);
  if (input.filterSearch) params.push(input.filterSearch);
  return `/api/generations/status?${params.join("&")}`;
}

/** The newest take shown (creation order), or the page's render time when it shows none. */
function newestCursor(items: TakeView[], since: string): string {
  let newest: TakeView | undefined;
  for (const item of items) {
    if (!newest || compareCreated(item, newest) > 0) newest = item;
  }
  return newest ? encodeCursor(newest) : encodeCursor({ createdAt: since, id: "" });
}

function compareCreated(a: TakeView, b: TakeView): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Watched takes this answer reports finished. */
function finishedTakes(current: TakeView[], updates: TakeView[]): TakeView[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  return updates.filter((update) => {
    const before = byId.get(update.id);
    return before !== undefined && isActiveStatus(before.status) && !isActiveStatus(update.status);
  });
}

/**
 * Applies an answer. An update never replaces a newer state (an old answer arriving late, or a cached one
 * after the page was rendered again); new takes go on top, newest first; deleted takes go.
 */
function mergeStatus(previous: TakeView[], body: TakeStatusBody): TakeView[] {
  const removed = new Set(body.removed);
  const updates = new Map(body.items.map((item) => [item.id, item]));
  const known = new Set(previous.map((item) => item.id));
  const created = body.created.filter((item) => !known.has(item.id) && !removed.has(item.id)).reverse();
  let changed = created.length > 0 || previous.some((item) => removed.has(item.id));
  const next = previous.flatMap((item) => {
    if (removed.has(item.id)) return [];
    const update = updates.get(item.id) ?? body.created.find((candidate) => candidate.id === item.id);
    if (!update || Date.parse(update.updatedAt) < Date.parse(item.updatedAt)) return [item];
    changed = true;
    return [update];
  });
  return changed ? [...created, ...next] : previous;
}

/** Whether the page is visible, following the Page Visibility API. */
function usePageVisible(): boolean {
  return useSyncExternalStore(
    (notify) => {
      document.addEventListener("visibilitychange", notify);
      return () => document.removeEventListener("visibilitychange", notify);
    },
    () => document.visibilityState === "visible",
    () => true,
  );
}
