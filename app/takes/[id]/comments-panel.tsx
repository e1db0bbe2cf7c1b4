"use client";

import { Card, CardTitle } from "@/components/ui/card";
import type { ThreadView } from "@/lib/review/view";
import { CommentComposer } from "./comment-composer";
import { CommentThread } from "./comment-thread";
import type { VideoClock } from "./use-video-clock";

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
    <Card as="section" aria-labelledby="comments-heading" className="space-y-3">
      <CardTitle id="comments-heading">
        Comments{" "}
        <span className="font-normal text-zinc-400">
          ({open} open{threads.length > open ? `, ${threads.length - open} resolved` : ""})
        </span>
      </CardTitle>
      {canReview ? <CommentComposer takeId={takeId} clock={clock} durationMs={durationMs} /> : null}
      {threads.length > 0 ? (
        <ol aria-label="Comment threads" className="space-y-2">
          {threads.map((thread) => (
            <li key={thread.id}>
              <CommentThread thread={thread} canReview={canReview} clock={clock} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-zinc-400">No comments yet.</p>
      )}
    </Card>
  );
}
