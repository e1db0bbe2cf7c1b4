"use client";

import { type InfiniteData, type QueryClient, type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from "react";
import type { GalleryPage } from "@/lib/takes/api-schema";
import { encodeCursor, type GalleryFilters } from "@/lib/takes/filters";
import { finishedTakes, mergeStatuses, newerTake, takesOf } from "@/lib/takes/merge-statuses";
import { HIDDEN_POLL_MS, NEWS_GAP_MS, STATUS_GAP_MS, STATUS_WAIT_MS } from "@/lib/takes/poll-timing";
import { fetchTakeStatuses, takeQueryKeys } from "@/lib/takes/take-api";
import { isWatched, type TakeStatusBody, type TakeView } from "@/lib/takes/view";

/** Pages of takes in the query cache: the gallery's infinite query, or a list kept as one page. */
export type TakePages = InfiniteData<GalleryPage, string | null>;

export type TakeStatusPollOptions = {
  /** The query holding the pages of takes that this poll keeps current. */
  listKey: QueryKey;
  /** The takes those pages show now. */
  takes: TakeView[];
  /**
   * Also learn, in the same request, about takes created elsewhere (another tab, a teammate) that match
   * these filters. `since` (the page's render time) stands in for the newest take when the list is empty.
   */
  watchNew?: { filters: GalleryFilters; since: string };
  /** Once per take that finishes (ready or failed) while this tab watches it. */
  onFinished?: (take: TakeView) => void;
};

/**
 * The studio's one polling loop: one request per interval for all the running takes a list shows (and
 * for new takes, when watched), however many there are; a 304 when nothing changed, held by the server
 * while the tab is visible so that a change arrives at once (see lib/takes/poll-timing.ts); slower while the tab is
 * hidden; no request at all while nothing is running. An answer is written into the list's query.
 */
export function useTakeStatusPoll(options: TakeStatusPollOptions) {
  const queryClient = useQueryClient();
  const visible = usePageVisible();
  const activeCount = useMemo(() => options.takes.filter(isWatched).length, [options.takes]);
  const polling = activeCount > 0;
  // Read when a request goes out: a changed set of takes rides with the next scheduled request, not an extra one.
  const latest = useRef(options);
  latest.current = options;
  const conditional = useRef<Conditional>({ notified: new Set() });

  const query = useQuery({
    // One query per hook instance, whatever it watches, so a changing list never doubles the requests.
    queryKey: ["take-status", useId()],
    queryFn: async ({ signal }) => {
      const news = await pollOnce({ queryClient, options: latest.current, conditional: conditional.current, signal });
      return { news };
    },
    enabled: polling,
    // Counted from the end of the last answer (react-query restarts the timer when a fetch settles).
    refetchInterval: (current) =>
      polling ? (visible ? (current.state.data?.news ? NEWS_GAP_MS : STATUS_GAP_MS) : HIDDEN_POLL_MS) : false,
    refetchIntervalInBackground: true,
    gcTime: 0,
    retry: false,
  });

  // With nothing running there is no polling; a tab coming back into view checks once for new takes.
  const { refetch } = query;
  const watching = Boolean(options.watchNew);
  useEffect(() => {
    if (visible && watching && !polling) void refetch();
  }, [visible, watching, polling, refetch]);

  return { activeCount, pollError: query.error instanceof Error ? query.error.message : undefined };
}

/** What the last answer was, and which takes were already announced as finished. */
type Conditional = { etag?: string; list?: TakePages; notified: Set<string> };

/** One request and its answer written into the cache; true when the answer brought news. */
async function pollOnce(input: {
  queryClient: QueryClient;
  options: TakeStatusPollOptions;
  conditional: Conditional;
  signal: AbortSignal;
}): Promise<boolean> {
  const { queryClient, options, conditional, signal } = input;
  const list = queryClient.getQueryData<TakePages>(options.listKey);
  const takes = takesOf(list?.pages ?? []);
  const { watchNew } = options;
  const answer = await fetchTakeStatuses(
    {
      ids: takes.filter(isWatched).map((take) => take.id),
      after: watchNew ? newestCursor(takes, watchNew.since) : undefined,
      filters: watchNew?.filters,
      waitMs: document.visibilityState === "visible" ? STATUS_WAIT_MS : 0,
    },
    // An ETag stands for the answer merged into the list as it was then: once the list was written by
    // other means (a page loaded, a take added), the answer is asked for again in full.
    { signal, etag: list !== undefined && list === conditional.list ? conditional.etag : undefined },
  );
  if (answer.kind === "unchanged") return false;
  await pageLoads(queryClient, options.listKey);
  const finished = writeAnswer(queryClient, options.listKey, answer.body);
  conditional.etag = answer.etag ?? undefined;
  conditional.list = queryClient.getQueryData<TakePages>(options.listKey);
  for (const take of finished) {
    if (conditional.notified.has(take.id)) continue;
    conditional.notified.add(take.id);
    options.onFinished?.(take);
  }
  return true;
}

/**
 * A page that is loading was started from the list as it was: written now, the answer would be lost
 * when the page lands on the older list. So it waits for the page.
 */
async function pageLoads(queryClient: QueryClient, listKey: QueryKey): Promise<void> {
  let list = queryClient.getQueryCache().find({ queryKey: listKey, exact: true });
  while (list?.state.fetchStatus === "fetching") {
    await list.promise?.catch(() => undefined);
    list = queryClient.getQueryCache().find({ queryKey: listKey, exact: true });
  }
}

/** Merges an answer into the list (and into any single-take query of a take it names); returns the takes it finished. */
function writeAnswer(queryClient: QueryClient, listKey: QueryKey, body: TakeStatusBody): TakeView[] {
  const before = queryClient.getQueryData<TakePages>(listKey);
  if (!before) return [];
  const finished = finishedTakes(before.pages, body.items);
  queryClient.setQueryData<TakePages>(listKey, (list) => {
    if (!list) return list;
    const pages = mergeStatuses(list.pages, body);
    return pages === list.pages ? list : { ...list, pages };
  });
  for (const take of [...body.created, ...body.items]) {
    queryClient.setQueryData<TakeView>(takeQueryKeys.one(take.id), (shown) => shown && newerTake(shown, take));
  }
  return finished;
}

/** The newest take shown (creation order), or the page's render time when it shows none. */
function newestCursor(takes: TakeView[], since: string): string {
  let newest: TakeView | undefined;
  for (const take of takes) {
    if (!newest || compareCreated(take, newest) > 0) newest = take;
  }
  return newest ? encodeCursor(newest) : encodeCursor({ createdAt: since, id: "" });
}

function compareCreated(a: TakeView, b: TakeView): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
