"use client";

import { formatTimecode } from "@/lib/review/labels";
import type { ThreadView } from "@/lib/review/view";

const EXCERPT = 40;

/**
 * Under the video: a marker per thread at its moment; clicking one shows that moment, paused. Resolved
 * threads keep their marker, dimmed, so the history stays findable.
 */
export function CommentTimeline(props: {
  threads: ThreadView[];
  durationMs: number;
  timeMs: number;
  onSeek: (ms: number) => void;
}) {
  const { threads, durationMs, timeMs, onSeek } = props;
  const at = (ms: number) => `${Math.min(100, Math.max(0, (ms / durationMs) * 100))}%`;

  return (
    <div className="space-y-1">
      <fieldset aria-label="Comment markers" className="relative h-7 min-w-0 rounded-md border border-line bg-ink">
        <span aria-hidden className="absolute top-0 bottom-0 w-px bg-zinc-500" style={{ left: at(timeMs) }} />
        {threads.map((thread) => {
          const text = thread.body.length > EXCERPT ? `${thread.body.slice(0, EXCERPT)}…` : thread.body;
          const resolved = thread.resolvedAt !== null;
          return (
            <button
              key={thread.id}
              type="button"
              aria-label={`Comment at ${formatTimecode(thread.atMs)} by ${thread.authorName}: ${text}${resolved ? " (resolved)" : ""}`}
              title={`${formatTimecode(thread.atMs)} · ${thread.authorName}: ${text}`}
              onClick={() => onSeek(thread.atMs)}
              style={{ left: at(thread.atMs) }}
              className={`absolute top-1/2 h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-ink ${
                resolved ? "bg-zinc-500 opacity-50" : "bg-accent"
              } hover:scale-125`}
            />
          );
        })}
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
