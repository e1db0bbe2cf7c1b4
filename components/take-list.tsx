"use client";

import type { GenerationView } from "@/lib/generations/view";
import { TakeCard } from "./take-card";

export function TakeList(props: { items: GenerationView[]; emptyMessage: string; pollError?: string; label: string }) {
  return (
    <section aria-label={props.label} className="space-y-3">
      {props.pollError ? (
        <p role="status" className="rounded bg-amber-950/60 px-3 py-2 text-sm text-amber-200">
          Could not refresh status ({props.pollError}); retrying.
        </p>
      ) : null}
      {props.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-8 text-center text-sm text-zinc-400">
          {props.emptyMessage}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {props.items.map((take) => (
            <li key={take.id}>
              <TakeCard take={take} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
