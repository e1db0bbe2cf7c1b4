"use client";

import type { KeyboardEvent, ReactNode } from "react";
import type { TakeView } from "@/lib/takes/view";
import { TakeCard, type TakeSelection } from "./take-card";
import { Alert } from "./ui/alert";
import { EmptyState } from "./ui/card";

export function TakeList(props: {
  items: TakeView[];
  emptyMessage: ReactNode;
  pollError?: string;
  label: string;
  /** Set in a select mode: each card gets its checkbox. */
  selection?: TakeSelection | null;
}) {
  return (
    <section aria-label={props.label} className="space-y-3">
      {props.pollError ? <Alert tone="warning">Could not refresh status ({props.pollError}); retrying.</Alert> : null}
      {props.items.length === 0 ? (
        <EmptyState>{props.emptyMessage}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" onKeyDown={moveFocus}>
          {props.items.map((take) => (
            <li key={take.id}>
              <TakeCard take={take} selection={props.selection} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Arrow keys move between cards as laid out in the grid (Tab still works as usual). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (!(event.target instanceof HTMLElement) || !event.target.matches("[data-take-link]")) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-take-link]")];
  const index = links.indexOf(event.target);
  if (index < 0) return;
  const target = targetIndex({ key: event.key, index, count: links.length, columns: columnsOf(links) });
  if (target === undefined || target < 0 || target >= links.length || target === index) return;
  event.preventDefault();
  links[target].focus();
}

function targetIndex(input: { key: string; index: number; count: number; columns: number }): number | undefined {
  const { key, index, count, columns } = input;
  switch (key) {
    case "ArrowLeft":
      return index - 1;
    case "ArrowRight":
      return index + 1;
    case "ArrowUp":
      return index - columns;
    case "ArrowDown":
      return index + columns;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/** Cards in the first row: the grid's column count at the current width. */
function columnsOf(links: HTMLElement[]): number {
  const top = links[0].getBoundingClientRect().top;
  return Math.max(1, links.filter((link) => Math.abs(link.getBoundingClientRect().top - top) < 2).length);
}
