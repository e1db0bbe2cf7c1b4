"use client";

import { useNow } from "@/components/use-now";
import { useLiveGenerations } from "@/components/use-generation-status";
import { describeProgress } from "@/lib/generations/time-left";
import { isActiveStatus, STATUS_LABELS, type GenerationView } from "@/lib/generations/view";
import { TakeActions } from "./take-actions";
import { TakeDetails, type TakeRecord } from "./take-details";
import { TakePlayer } from "./take-player";

/** A take's page: kept current while it runs, with its video beside the camera move it asked for. */
export function TakeView({ initial, record }: { initial: GenerationView; record: TakeRecord }) {
  const live = useLiveGenerations([initial]);
  const take = live.items[0] ?? initial;
  const active = isActiveStatus(take.status);
  const now = useNow(active);
  const progress = describeProgress(take, now);

  return (
    <article aria-labelledby="take-heading" className="space-y-6">
      <header className="space-y-2">
        <h1 id="take-heading" className="text-xl font-semibold break-words">
          {take.params.prompt}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-300">
          <span
            role="status"
            aria-label={`Status: ${STATUS_LABELS[take.status]}`}
            className={`rounded px-2 py-0.5 text-xs font-medium ${
              take.status === "ready"
                ? "bg-emerald-900 text-emerald-200"
                : take.status === "failed"
                  ? "bg-red-900 text-red-200"
                  : "bg-zinc-800 text-zinc-200"
            }`}
          >
            {STATUS_LABELS[take.status]}
          </span>
          {active && progress.label ? <span suppressHydrationWarning>{progress.label}</span> : null}
          <span className="text-zinc-500">by {take.createdBy}</span>
        </p>
        {live.pollError ? (
          <p role="status" className="text-sm text-amber-200">
            Could not refresh status ({live.pollError}); retrying.
          </p>
        ) : null}
      </header>
      {take.status === "failed" ? (
        <section aria-labelledby="failure-heading" className="rounded-lg border border-red-900 bg-red-950/40 p-4">
          <h2 id="failure-heading" className="font-semibold text-red-200">
            Why it failed
          </h2>
          <p className="mt-1 text-sm text-red-100">{take.failureMessage ?? "Kling gave no reason."}</p>
          {take.failureCode ? <p className="mt-1 font-mono text-xs text-red-300/80">{take.failureCode}</p> : null}
        </section>
      ) : null}
      <TakePlayer take={take} />
      <TakeActions take={take} />
      <TakeDetails take={take} record={record} />
    </article>
  );
}
