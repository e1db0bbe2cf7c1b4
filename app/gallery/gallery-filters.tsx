"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useOptimistic, useRef, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { ASPECT_RATIOS, MODEL_NAMES } from "@/lib/kling/fields";
import { FORMER_MEMBER, STATE_LABELS, VERDICT_LABELS } from "@/lib/review/labels";
import { REVIEW_STATES } from "@/lib/review/review-values";
import { gallerySearch } from "@/lib/shots/gallery-view";
import { CAMERA_FILTER_LABELS, modelLabel } from "@/lib/takes/describe";
import {
  CAMERA_FILTERS,
  type GalleryFilters,
  hasFilters,
  MEASURED_FILTER_LABELS,
  MEASURED_FILTERS,
  STATUS_FILTER_LABELS,
  STATUS_FILTERS,
  VERDICT_FILTERS,
} from "@/lib/takes/filters";

export type CreatorChoice = { id: string; name: string };

const SEARCH_DELAY_MS = 300;
type SelectKey = Exclude<keyof GalleryFilters, "q" | "favourites" | "needs_review">;

const FILTER_LABEL = "text-xs font-normal text-zinc-400";

/** The filter bar. The URL is the state: every change replaces it, so a view can be shared or bookmarked. */
export function GalleryFilterBar({
  filters: current,
  creators,
}: {
  filters: GalleryFilters;
  creators: CreatorChoice[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const view = useSearchParams().get("view");
  const [pending, startTransition] = useTransition();
  // The controls show a choice at once, while the new URL's list loads; two quick choices add up.
  const [filters, showFilters] = useOptimistic(current);
  const [query, setQuery] = useState(filters.q ?? "");
  const searchInput = useRef<HTMLInputElement>(null);
  // Until hydration the controls do nothing: the form says it is busy, so nobody (and no test) is fooled.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Below 768 px the controls fold behind the Filters button.
  const [open, setOpen] = useState(false);
  const formId = useId();

  const apply = (next: GalleryFilters) => {
    const search = gallerySearch(next, view);
    startTransition(() => {
      showFilters(next);
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    });
  };

  // Back/forward or a shared link changes the URL under the box; follow it unless the person is typing.
  useEffect(() => {
    if (document.activeElement !== searchInput.current) setQuery(filters.q ?? "");
  }, [filters.q]);

  // Each keystroke restarts the wait; the filters are read when the typing pauses, so a choice made
  // meanwhile is kept.
  const latest = useRef({ apply, filters });
  latest.current = { apply, filters };
  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(searchTimer.current), []);
  const type = (text: string) => {
    setQuery(text);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => {
      const typed = text.trim();
      const { apply: applyNow, filters: now } = latest.current;
      if (typed !== (now.q ?? "")) applyNow({ ...now, q: typed || undefined });
    }, SEARCH_DELAY_MS);
  };

  const select = (key: Exclude<keyof GalleryFilters, "q">, value: string) =>
    apply({ ...filters, [key]: value || undefined });
  // A link may name someone who has left: keep them selectable so the filter stays visible.
  const creatorOptions =
    filters.by && !creators.some((creator) => creator.id === filters.by)
      ? [...creators, { id: filters.by, name: FORMER_MEMBER }]
      : creators;

  const choices: FilterChoice[] = [
    { key: "status", label: "Status", options: optionsOf(STATUS_FILTERS, (v) => STATUS_FILTER_LABELS[v]) },
    { key: "model", label: "Model", options: optionsOf(MODEL_NAMES, (v) => `${modelLabel(v)} (${v})`) },
    { key: "camera", label: "Camera", options: optionsOf(CAMERA_FILTERS, (v) => CAMERA_FILTER_LABELS[v] ?? v) },
    { key: "aspect", label: "Aspect ratio", options: optionsOf(ASPECT_RATIOS, (v) => v) },
    { key: "by", label: "Creator", options: creatorOptions.map((creator) => [creator.id, creator.name] as const) },
    { key: "review", label: "Review", options: optionsOf(REVIEW_STATES, (v) => STATE_LABELS[v]) },
    {
      key: "verdict",
      label: "Camera followed?",
      options: optionsOf(VERDICT_FILTERS, (v) => (v === "none" ? "Not judged" : VERDICT_LABELS[v])),
    },
    {
      key: "measured",
      label: "Measured camera",
      options: optionsOf(MEASURED_FILTERS, (v) => MEASURED_FILTER_LABELS[v]),
    },
  ];
  // What the bar itself sets, counted for the phone's Filters button.
  const active = [
    filters.q,
    ...choices.map((choice) => filters[choice.key]),
    filters.favourites,
    filters.needs_review,
  ].filter(Boolean).length;
  return (
    <search aria-label="Filter takes" aria-busy={pending || !hydrated} className="block space-y-2">
      <FiltersToggle open={open} controls={formId} active={active} onToggle={() => setOpen(!open)} />
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          clearTimeout(searchTimer.current);
          apply({ ...filters, q: query.trim() || undefined });
        }}
        // Below 768 px, when open: two controls a row, the search across both.
        className={`${open ? "grid" : "hidden"} grid-cols-2 items-end gap-3 rounded-lg border border-line bg-panel p-3 text-sm md:flex md:flex-wrap`}
      >
        <Field
          label="Search prompts"
          labelClassName={FILTER_LABEL}
          className="col-span-2 flex min-w-56 flex-1 flex-col gap-1 space-y-0"
        >
          <Input
            ref={searchInput}
            type="search"
            controlSize="md"
            value={query}
            onChange={(event) => type(event.target.value)}
            placeholder="e.g. lighthouse"
          />
        </Field>
        {choices.map((choice) => (
          <FilterSelect
            key={choice.key}
            label={choice.label}
            value={filters[choice.key]}
            onChange={(value) => select(choice.key, value)}
            options={choice.options}
          />
        ))}
        <FilterCheckbox
          label="Favourites"
          checked={filters.favourites === "1"}
          onChange={(on) => select("favourites", on ? "1" : "")}
        />
        <FilterCheckbox
          label="Needs my review"
          checked={filters.needs_review === "1"}
          onChange={(on) => select("needs_review", on ? "1" : "")}
        />
        {hasFilters(filters) ? (
          <Button
            onClick={() => {
              clearTimeout(searchTimer.current);
              setQuery("");
              apply({});
            }}
          >
            Clear filters
          </Button>
        ) : null}
        {pending ? <output className="text-xs text-zinc-400">Updating…</output> : null}
      </form>
    </search>
  );
}

/** Below 768 px: opens and closes the filter controls, and says how many filters are on. */
function FiltersToggle(props: { open: boolean; controls: string; active: number; onToggle: () => void }) {
  return (
    <Button aria-expanded={props.open} aria-controls={props.controls} onClick={props.onToggle} className="md:hidden">
      {"Filters "}
      {props.active > 0 ? (
        <Badge tone="accent" className="ml-1">
          {props.active}
          <span className="sr-only"> active</span>
        </Badge>
      ) : null}
    </Button>
  );
}

type FilterChoice = { key: SelectKey; label: string; options: readonly Option[] };
type Option = readonly [value: string, label: string];

function optionsOf<T extends string>(values: readonly T[], labelOf: (value: T) => string): Option[] {
  return values.map((value) => [value, labelOf(value)] as const);
}

/** A filter's list: "Any", then each option. */
function FilterSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: readonly Option[];
}) {
  // Labelled by id, not by wrapping: a wrapping label would add every option's text to the name.
  return (
    <Field label={props.label} labelClassName={FILTER_LABEL} className="flex min-w-0 flex-col gap-1 space-y-0">
      <Select
        controlSize="md"
        className="max-md:w-full"
        value={props.value ?? ""}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">Any</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function FilterCheckbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Checkbox
      checked={props.checked}
      onChange={(event) => props.onChange(event.target.checked)}
      label={props.label}
      className="self-end rounded-md border border-line px-2 py-1.5"
    />
  );
}
