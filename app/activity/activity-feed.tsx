"use client";

import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { useNow } from "@/components/use-now";
import type { ActivityKind } from "@/lib/db/review-schema";
import { formatAge } from "@/lib/takes/time-left";
import { loadActivityPageAction } from "./actions";
import type { ActivityItem } from "./activity-item";

/** The feed's entries; "Load more" appends the next page (keyset: nothing is skipped or repeated as new entries arrive). */
export function ActivityFeed(props: { initial: ActivityItem[]; nextCursor: string | null; kind?: ActivityKind }) {
  const [items, setItems] = useState(props.initial);
  const [cursor, setCursor] = useState(props.nextCursor);
  const [error, setError] = useState<string>();
  const [loading, startLoading] = useTransition();
  // Relative times stay honest while the page is open.
  const now = useNow(true, 30_000);
  // Disabled until hydration, so a click on the server-rendered button is never lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const more = () =>
    startLoading(async () => {
      if (!cursor) return;
      const result = await loadActivityPageAction({ cursor, kind: props.kind });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(undefined);
      setItems((current) => [...current, ...result.data.items]);
      setCursor(result.data.nextCursor);
    });

  if (items.length === 0) {
    return (
      <EmptyState>
        {props.kind
          ? "No activity of this kind yet."
          : "Nothing has happened yet. Generate, review or comment on a take and it shows up here."}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      <ol aria-label="Activity" className="divide-y divide-line rounded-lg border border-line bg-panel">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 px-4 py-3 text-sm">
            <p className="min-w-0 flex-1">
              <span className="font-medium text-zinc-100">{item.actorName}</span>{" "}
              <span className="text-zinc-300">{item.verb}</span>{" "}
              {item.take ? (
                <TakeRef take={item.take} />
              ) : item.shot ? null : (
                <span className="text-zinc-400">a take</span>
              )}
              {item.shot ? <ShotRef shot={item.shot} /> : null}
              {item.note ? <span className="block text-zinc-400 break-words">{item.note}</span> : null}
            </p>
            <time dateTime={item.at} title={exact(item.at)} className="text-xs text-zinc-400" suppressHydrationWarning>
              {formatAge(now - Date.parse(item.at))}
            </time>
          </li>
        ))}
      </ol>
      {error ? <Alert>Could not load more activity ({error}).</Alert> : null}
      {cursor ? (
        <div className="flex justify-center">
          <Button size="md" onClick={more} disabled={loading || !hydrated} className="px-4">
            {loading ? "Loading more…" : error ? "Try again" : "Load more"}
          </Button>
        </div>
      ) : (
        <p className="text-center text-xs text-zinc-400">
          That is all the activity{props.kind ? " of this kind" : ""}.
        </p>
      )}
    </div>
  );
}

function TakeRef({ take }: { take: NonNullable<ActivityItem["take"]> }) {
  const label = `“${take.excerpt || "untitled take"}”`;
  if (take.deleted) return <span className="text-zinc-400">{label} (deleted)</span>;
  return <TextLink href={`/takes/${take.id}`}>{label}</TextLink>;
}

function ShotRef({ shot }: { shot: NonNullable<ActivityItem["shot"]> }) {
  return (
    <>
      {" "}
      <span className="text-zinc-300">{shot.relation}</span>{" "}
      <TextLink href={`/shots/${shot.id}`}>“{shot.name}”</TextLink>
    </>
  );
}

function exact(iso: string): string {
  return `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`;
}
