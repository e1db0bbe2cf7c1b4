"use client";

import {
  type InfiniteData,
  skipToken,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { TakeList } from "@/components/take-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { type TakePages, useTakeStatusPoll } from "@/components/use-take-status-poll";
import type { GalleryPage } from "@/lib/takes/api-schema";
import { type GalleryFilters, hasFilters } from "@/lib/takes/filters";
import { takesOf } from "@/lib/takes/merge-statuses";
import { fetchTake, fetchTakesPage, isTakeApiError, takeQueryKeys } from "@/lib/takes/take-api";
import type { TakeView } from "@/lib/takes/view";
import { SelectionBar } from "./selection-bar";
import { useSelectionState } from "./selection-state";
import { useFinishNotices } from "./use-finish-notices";

/**
 * The team's takes for one set of filters: the first page comes from the server, later pages load as
 * the reader nears the end (or presses the button), and running or new takes stay current by polling.
 * All of it lives in one infinite query (keyed by the filters); the poll writes its answers into it.
 * "Select takes" turns on checkboxes and a selection bar (Compare, Share); `?select=<id>` opens the
 * gallery that way with that take picked (a take page's "Compare with…").
 */
export function Gallery(props: {
  initial: TakeView[];
  nextCursor: string | null;
  filters: GalleryFilters;
  since: string;
}) {
  const notify = useFinishNotices();
  const pages = useTakePages(props);
  const items = useMemo(() => takesOf(pages.data.pages), [pages.data.pages]);
  const live = useTakeStatusPoll({
    listKey: takeQueryKeys.pages(props.filters),
    takes: items,
    watchNew: { filters: props.filters, since: props.since },
    onFinished: notify,
  });
  const more = useMorePages(pages);
  const filtered = hasFilters(props.filters);
  const select = useSelectMode(items);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-400" aria-live="polite">
          {items.length === 0
            ? null
            : `${items.length}${more.hasMore ? "+" : ""} take${items.length === 1 ? "" : "s"}${filtered ? " match" : ""}${live.activeCount > 0 ? ` · ${live.activeCount} running` : ""}`}
        </p>
        {items.length > 0 || select.on ? (
          <Button aria-pressed={select.on} onClick={select.toggleMode} disabled={!select.ready}>
            Select takes
          </Button>
        ) : null}
      </div>
      {select.error ? (
        <Alert tone="warning" role="alert">
          {select.error}
        </Alert>
      ) : null}
      <TakeList
        selection={select.context}
        label="Takes"
        items={items}
        pollError={live.pollError}
        emptyMessage={
          filtered ? (
            <>
              No takes match these filters. <TextLink href="/gallery">Clear filters</TextLink>
            </>
          ) : (
            <>
              The gallery is empty. <TextLink href="/">Generate a take in the studio</TextLink> and it shows up here.
            </>
          )
        }
      />
      {/* After the list: sticky at the bottom of the screen while the list runs on below it. */}
      {select.on ? (
        <SelectionBar picked={select.state.picked} onClear={select.state.clear} onDone={select.toggleMode} />
      ) : null}
      {more.hasMore ? (
        <div ref={more.sentinel} className="flex flex-col items-center gap-2 py-4">
          {more.error ? <Alert>Could not load more takes ({more.error}).</Alert> : null}
          <Button size="md" onClick={more.load} disabled={more.loading || !more.ready}>
            {more.loading ? "Loading more takes…" : more.error ? "Try again" : "Load more takes"}
          </Button>
        </div>
      ) : items.length > 0 ? (
        <p className="py-4 text-center text-xs text-zinc-400">
          That is every take{filtered ? " matching these filters" : ""}.
        </p>
      ) : null}
    </div>
  );
}

/** The gallery's pages: the first from the server's render, the next ones by cursor, kept until the filters change. */
function useTakePages(props: { initial: TakeView[]; nextCursor: string | null; filters: GalleryFilters }) {
  const { filters } = props;
  return useInfiniteQuery({
    queryKey: takeQueryKeys.pages(filters),
    queryFn: ({ pageParam, signal }) => fetchTakesPage(filters, pageParam, { signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor,
    initialData: (): TakePages => ({
      pages: [{ items: props.initial, nextCursor: props.nextCursor }],
      pageParams: [FIRST_PAGE],
    }),
    // The poll keeps the pages current; nothing else should fetch them again. A list seen again is a
    // new render from the server, so it is dropped as soon as no gallery shows it.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    // A failed page says so, with "Try again".
    retry: false,
  });
}

const FIRST_PAGE: string | null = null;

/**
 * Select mode and its selection. A take preselected by the URL is looked up by id when it is not among
 * the loaded takes (it may be further down, or hidden by a filter).
 */
function useSelectMode(items: TakeView[]) {
  const search = useSearchParams();
  const preselect = search.get("select");
  const [on, setOn] = useState(preselect !== null);
  const [dismissed, setDismissed] = useState(false);
  const [ready, setReady] = useState(false);
  const state = useSelectionState();
  const { add, refresh, clear, isSelected, toggle } = state;
  const lookup = useQuery({
    queryKey: takeQueryKeys.one(preselect ?? ""),
    queryFn: preselect ? ({ signal }) => fetchTake(preselect, { signal }) : skipToken,
    // A loaded take needs no request.
    initialData: () => items.find((take) => take.id === preselect),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

  useEffect(() => setReady(true), []);
  // Picked once: unticking it later is the person's choice, whatever the poll learns about the take.
  const picked = useRef<string | null>(null);
  const found = lookup.data;
  useEffect(() => {
    if (!found || picked.current === found.id) return;
    picked.current = found.id;
    add(found);
  }, [found, add]);

  useEffect(() => refresh(items), [items, refresh]);

  const context = useMemo(() => (on ? { isSelected, toggle } : null), [on, isSelected, toggle]);
  const toggleMode = useCallback(() => {
    setOn((current) => !current);
    setDismissed(true);
    clear();
  }, [clear]);
  const error = dismissed ? undefined : lookupProblem(lookup.error);
  return { on, ready, error, state, context, toggleMode };
}

function lookupProblem(error: Error | null): string | undefined {
  if (!error) return undefined;
  if (isTakeApiError(error) && error.status === 404)
    return "The take to compare with is no longer in the gallery. Select the takes to compare.";
  return `Could not load the take to compare with (${error.message}).`;
}

/** The next page, asked for by the button or by the end of the list scrolling into view; one at a time. */
function useMorePages(pages: UseInfiniteQueryResult<InfiniteData<GalleryPage>>) {
  const { fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError, error } = pages;
  const failed = isFetchNextPageError && !isFetchingNextPage;
  const sentinel = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // While a page loads, asking again does nothing (rather than starting over).
  const load = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  useEffect(() => {
    const element = sentinel.current;
    // Observed afresh once each page has landed: if the end is still near, the next page follows at once.
    if (!element || !hasNextPage || isFetchingNextPage || failed) return;
    // Start well before the end is on screen, so scrolling rarely waits.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) load();
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load, hasNextPage, isFetchingNextPage, failed]);

  // Disabled until hydration, so a click on the server-rendered button is never lost.
  return {
    hasMore: hasNextPage,
    loading: isFetchingNextPage,
    ready: hydrated,
    error: failed ? (error?.message ?? "unknown error") : undefined,
    load,
    sentinel,
  };
}
