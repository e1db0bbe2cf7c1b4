"use client";

import { cn } from "@/components/ui/cn";
import { formatTimecode } from "@/lib/review/labels";
import type { ThreadView } from "@/lib/review/view";
import type { VideoClock } from "./use-video-clock";

const EXCERPT = 40;

/**
 * Under the video: a marker per thread at its moment, or a span across its range; clicking a marker
 * shows that moment, paused, and clicking a span plays the range. Each is a 44 px tall target, so it
 * can be tapped. Resolved threads keep theirs, dimmed, so the history stays findable. The range being
 * marked with I and O shows as a band.
 */
export function CommentTimeline(props: { threads: ThreadView[]; durationMs: number; clock: VideoClock }) {
  const { threads, durationMs, clock } = props;
  const at = (ms: number) => Math.min(100, Math.max(0, (ms / durationMs) * 100));
  const { inMs, outMs } = clock.range;
  const spans = threads.filter((thread) => thread.endMs !== null);
  const moments = threads.filter((thread) => thread.endMs === null);

  return (
    <div className="space-y-1">
      <fieldset aria-label="Comment markers" className="relative h-12 min-w-0 rounded-md border border-line bg-ink">
        {inMs !== null || outMs !== null ? (
          <span
            aria-hidden
            data-testid="draft-range"
            className="absolute top-0 bottom-0 border-x-2 border-amber-300 bg-amber-300/15"
            style={{
              left: `${at(inMs ?? outMs ?? 0)}%`,
              width: `${Math.max(0, at(outMs ?? inMs ?? 0) - at(inMs ?? outMs ?? 0))}%`,
            }}
          />
        ) : null}
        {spans.map((thread) => (
          <button
            key={thread.id}
            type="button"
            aria-label={`Range comment ${formatTimecode(thread.atMs)} → ${formatTimecode(thread.endMs ?? thread.atMs)} ${markerText(thread)}`}
            title={`${formatTimecode(thread.atMs)} → ${formatTimecode(thread.endMs ?? thread.atMs)} · ${thread.authorName}: ${excerpt(thread.body)}`}
            onClick={() => clock.playRange(thread.atMs, thread.endMs ?? thread.atMs)}
            style={{ left: `${at(thread.atMs)}%`, width: `${at(thread.endMs ?? thread.atMs) - at(thread.atMs)}%` }}
            className="group absolute top-0 bottom-0 min-w-3"
          >
            <span
              className={cn(
                "absolute inset-x-0 top-1/2 h-2.5 -translate-y-1/2 rounded-full border border-ink group-hover:h-3.5",
                thread.resolvedAt ? "bg-zinc-500 opacity-50" : "bg-accent/80",
              )}
            />
          </button>
        ))}
        {moments.map((thread) => (
          <button
            key={thread.id}
            type="button"
            aria-label={`Comment at ${formatTimecode(thread.atMs)} ${markerText(thread)}`}
            title={`${formatTimecode(thread.atMs)} · ${thread.authorName}: ${excerpt(thread.body)}`}
            onClick={() => clock.seek(thread.atMs)}
            style={{ left: `${at(thread.atMs)}%` }}
            className="group absolute top-0 bottom-0 w-11 -translate-x-1/2"
          >
            <span
              className={cn(
                "absolute top-1/2 left-1/2 h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-ink group-hover:scale-125",
                thread.resolvedAt ? "bg-zinc-500 opacity-50" : "bg-accent",
              )}
            />
          </button>
        ))}
        <span
          aria-hidden
          className="pointer-events-none absolute top-0 bottom-0 w-px bg-zinc-300"
          style={{ left: `${at(clock.timeSec * 1000)}%` }}
        />
      </fieldset>
      {threads.length === 0 ? (
        <p className="text-xs text-zinc-400">
          No comments yet. Press <kbd className="rounded border border-line px-1">C</kbd> to pause and comment on the
          current moment.
        </p>
      ) : null}
    </div>
  );
}

/** "by Rae: the sky flickers (with a drawing) (resolved)": the rest of a marker's name. */
function markerText(thread: ThreadView): string {
  return `by ${thread.authorName}: ${excerpt(thread.body)}${thread.drawing ? " (with a drawing)" : ""}${thread.resolvedAt ? " (resolved)" : ""}`;
}

function excerpt(body: string): string {
  return body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body;
}
