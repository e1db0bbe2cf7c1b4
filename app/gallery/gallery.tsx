"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { TakeList } from "@/components/take-list";
import { useLiveTakes } from "@/components/use-live-takes";
import { filtersToSearch, type GalleryFilters, hasFilters } from "@/lib/takes/filters";
import type { TakeView } from "@/lib/takes/view";
import { SelectionBar } from "./selection-bar";
import { useSelectionState } from "./selection-state";
import { useFinishNotices } from "./use-finish-notices";

type PageAnswer = { items: TakeView[]; nextCursor: string | null };

/**
 * The team's takes for one set of filters: the first page comes from the server, later pages load as
 * the reader nears the end (or presses the button), and running or new takes stay current by polling.
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
  const takes = useLiveTakes(props.initial, {
    watchNew: { filters: props.filters, since: props.since },
    onFinished: notify,
  });
  const more = useMorePages({ filters: props.filters, initialCursor: props.nextCursor, onPage: takes.append });
  const filtered = hasFilters(props.filters);
  const select = useSelectMode(takes.items);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-400" aria-live="polite">
          {takes.items.length === 0
            ? null
            : `${takes.items.length}${more.cursor ? "+" : ""} take${takes.items.length === 1 ? "" : "s"}${filtered ? " match" : ""}${takes.activeCount > 0 ? ` · ${takes.activeCount} running` : ""}`}
        </p>
        {takes.items.length > 0 || select.on ? (
          <button
            type="button"
            aria-pressed={select.on}
            onClick={select.toggleMode}
            disabled={!select.ready}
            className="rounded-md border border-line px-3 py-1.5 text-sm text-zinc-100 hover:bg-panel aria-pressed:border-accent aria-pressed:bg-accent/20 disabled:opacity-60"
          >
            Select takes
          </button>
        ) : null}
      </div>
      {select.error ? (
        <p role="alert" className="text-sm text-amber-200">
          {select.error}
        </p>
      ) : null}
      <TakeList
        selection={select.context}
        label="Takes"
        items={takes.items}
        pollError={takes.pollError}
        emptyMessage={
          filtered ? (
            <>
              No takes match these filters.{" "}
              <Link href="/gallery" className="text-violet-300 hover:underline">
                Clear filters
              </Link>
            </>
          ) : (
            <>
              The gallery is empty.{" "}
              <Link href="/" className="text-violet-300 hover:underline">
                Generate a take in the studio
              </Link>{" "}
              and it shows up here.
            </>
          )
        }
      />
      {/* After the list: sticky at the bottom of the screen while the list runs on below it. */}
      {select.on ? (
        <SelectionBar picked={select.state.picked} onClear={select.state.clear} onDone={select.toggleMode} />
      ) : null}
      {more.cursor ? (
        <div ref={more.sentinel} className="flex flex-col items-center gap-2 py-4">
          {more.error ? (
            <p role="alert" className="text-sm text-red-300">
              Could not load more takes ({more.error}).
            </p>
          ) : null}
          <button
            type="button"
            onClick={more.load}
            disabled={more.loading || !more.ready}
            className="rounded-md border border-line px-4 py-2 text-sm text-zinc-200 hover:bg-panel disabled:opacity-60"
          >
            {more.loading ? "Loading more takes…" : more.error ? "Try again" : "Load more takes"}
          </button>
        </div>
      ) : takes.items.length > 0 ? (
        <p className="py-4 text-center text-xs text-zinc-400">
          That is every take{filtered ? " matching these filters" : ""}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * Select mode and its selection. A take preselected by the URL is looked up through the status
 * endpoint when it is not among the loaded takes (it may be further down, or hidden by a filter).
 */
function useSelectMode(items: TakeView[]) {
  const search = useSearchParams();
  const preselect = search.get("select");
  const [on, setOn] = useState(preselect !== null);
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(false);
  const state = useSelectionState();
  const { add, refresh, clear, isSelected, toggle } = state;
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(() => {
    setReady(true);
    if (!preselect) return;
    const loaded = itemsRef.current.find((take) => take.id === preselect);
    if (loaded) {
      add(loaded);
      return;
    }
    let cancelled = false;
    void (async () => {
      try {
        const response = await fetch(`/api/generations/status?ids=${encodeURIComponent(preselect)}`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body: { items: TakeView[] } = await response.json();
        const take = body.items.find((item) => item.id === preselect);
        if (cancelled) return;
        if (take) add(take);
        else setError("The take to compare with is no longer in the gallery. Select the takes to compare.");
      } catch (caught) {
        if (!cancelled)
          setError(
            `Could not load the take to compare with (${caught instanceof Error ? caught.message : String(caught)}).`,
          );
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [preselect, add]);

  useEffect(() => refresh(items), [items, refresh]);

  const context = useMemo(() => (on ? { isSelected, toggle } : null), [on, isSelected, toggle]);
  const toggleMode = useCallback(() => {
    setOn((current) => !current);
    setError(undefined);
    clear();
  }, [clear]);
  return { on, ready, error, state, context, toggleMode };
}

/** Cursor pagination: one page at a time, started by the button or by the end of the list scrolling into view. */
function useMorePages(input: {
  filters: GalleryFilters;
  initialCursor: string | null;
  onPage: (items: TakeView[]) => void;
}) {
  const { filters, initialCursor, onPage } = input;
  const [cursor, setCursor] = useState(initialCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const busy = useRef(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const load = useCallback(async () => {
    if (!cursor || busy.current) return;
    busy.current = true;
    setLoading(true);
    setError(undefined);
    try {
      const search = filtersToSearch(filters);
      const response = await fetch(
        `/api/generations?cursor=${encodeURIComponent(cursor)}${search ? `&${search}` : ""}`,
      );
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page: PageAnswer = await response.json();
      onPage(page.items);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      busy.current = false;
      setLoading(false);
    }
  }, [cursor, filters, onPage]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || error) return;
    // Start well before the end is on screen, so scrolling rarely waits.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void load();
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load, error]);

  // Disabled until hydration, so a click on the server-rendered button is never lost.
  return { cursor, loading, ready: hydrated, error, load: () => void load(), sentinel };
}
