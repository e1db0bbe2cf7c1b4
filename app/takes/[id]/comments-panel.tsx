"use client";

import type { ThreadView } from "@/lib/review/view";
import { CommentComposer } from "./comment-composer";
import { CommentThread } from "./comment-thread";
import type { VideoClock } from "./take-player";

/** The take's comments in the video's order, with the box for a new one. */
export function CommentsPanel(props: {
  takeId: string;
  threads: ThreadView[];
  canReview: boolean;
  clock: VideoClock;
  durationMs: number;
}) {
  const { takeId, threads, canReview, clock, durationMs } = props;
  const open = threads.filter((thread) => thread.resolvedAt === null).length;
  return (
    <section aria-labelledby="comments-heading" className="space-y-3 rounded-lg border border-line bg-panel p-4">
      <h2 id="comments-heading" className="text-sm font-semibold text-zinc-300">
        Comments{" "}
        <span className="font-normal text-zinc-400">
          ({open} open{threads.length > open ? `, ${threads.length - open} resolved` : ""})
        </span>
      </h2>
      {canReview ? <CommentComposer takeId={takeId} clock={clock} durationMs={durationMs} /> : null}
      {threads.length > 0 ? (
        <ol aria-label="Comment threads" className="space-y-2">
          {threads.map((thread) => (
            <li key={thread.id}>
              <CommentThread thread={thread} canReview={canReview} onSeek={clock.seek} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-zinc-400">No comments yet.</p>
      )}
    </section>
  );
}
