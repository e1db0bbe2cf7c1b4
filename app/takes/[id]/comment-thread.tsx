"use client";

import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { DrawingThumbnail } from "@/components/drawing/drawing-thumbnail";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Checkbox, FieldError, Textarea } from "@/components/ui/field";
import { formatTimecode } from "@/lib/review/labels";
import { commentBodySchema, MAX_COMMENT_LENGTH } from "@/lib/review/review.schema";
import type { ThreadView } from "@/lib/review/view";
import { addReplyAction, setCommentResolvedAction, setCommentSharedAction } from "./review-actions";
import { RelativeTime, useHydrated, useReviewAction } from "./review-controls";
import type { VideoClock } from "./use-video-clock";

/**
 * One thread: the comment at its moment (click the time to see it) or on its range (click to play it),
 * its drawing in small (click to see it on the frame), its replies, and Reply, Resolve or Reopen, and
 * "Show on share links". A resolved thread collapses to one line until it is opened.
 * Bodies are plain text: React escapes them, so markup shows as typed.
 */
export function CommentThread(props: { thread: ThreadView; canReview: boolean; clock: VideoClock }) {
  const { thread, canReview, clock } = props;
  const hydrated = useHydrated();
  const { pending, run } = useReviewAction();
  const resolved = thread.resolvedAt !== null;
  const [expanded, setExpanded] = useState(false);
  const [replying, setReplying] = useState(false);
  const open = !resolved || expanded;
  // Shows the new mark at once; the server's answer (with the refreshed page) confirms or reverts it.
  const [shared, setShared] = useOptimistic(thread.sharedAt !== null);
  const moment =
    thread.endMs === null
      ? formatTimecode(thread.atMs)
      : `${formatTimecode(thread.atMs)} → ${formatTimecode(thread.endMs)}`;
  const show = () => (thread.endMs === null ? clock.seek(thread.atMs) : clock.playRange(thread.atMs, thread.endMs));

  return (
    <article
      aria-label={`Comment by ${thread.authorName} at ${moment}`}
      className={cn("space-y-2 rounded-md border border-line p-3", resolved ? "bg-ink/60" : "bg-panel")}
    >
      <header className="flex flex-wrap items-center gap-2 text-xs text-zinc-400">
        <Button
          variant="ghost"
          size="xs"
          aria-label={thread.endMs === null ? `Go to ${moment}` : `Play ${moment}`}
          onClick={show}
          className="rounded bg-accent/20 px-1.5 py-0.5 font-mono text-violet-300 hover:bg-accent/30"
        >
          {moment}
        </Button>
        <span className="font-medium text-zinc-200">{thread.authorName}</span>
        <RelativeTime iso={thread.createdAt} />
        {resolved ? (
          <Badge className="px-1.5 font-normal text-zinc-300">Resolved by {thread.resolvedByName}</Badge>
        ) : null}
        {thread.sharedAt ? (
          <Badge tone="info" className="px-1.5 font-normal">
            On share links
          </Badge>
        ) : null}
      </header>
      <div className="flex gap-3">
        {thread.drawing && open ? (
          <button
            type="button"
            onClick={() => clock.seek(thread.atMs)}
            aria-label={`Show the drawing at ${formatTimecode(thread.atMs)}`}
            className="shrink-0 rounded"
          >
            <DrawingThumbnail drawing={thread.drawing} frame={clock.frame} posterUrl={clock.posterUrl} />
          </button>
        ) : null}
        <p className={cn("min-w-0 whitespace-pre-wrap break-words text-sm text-zinc-100", !open && "line-clamp-1")}>
          {thread.body}
        </p>
      </div>
      {open && thread.replies.length > 0 ? (
        <ul aria-label="Replies" className="space-y-2 border-l border-line pl-3">
          {thread.replies.map((reply) => (
            <li key={reply.id} className="space-y-0.5">
              <p className="text-xs text-zinc-400">
                <span className="font-medium text-zinc-200">{reply.authorName}</span> ·{" "}
                <RelativeTime iso={reply.createdAt} />
              </p>
              <p className="whitespace-pre-wrap break-words text-sm text-zinc-100">{reply.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap items-center gap-1">
        {resolved ? (
          <Button variant="ghost" size="xs" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded
              ? "Hide thread"
              : `Show thread${thread.replies.length ? ` (${thread.replies.length} ${thread.replies.length === 1 ? "reply" : "replies"})` : ""}`}
          </Button>
        ) : null}
        {canReview && open ? (
          <Button variant="ghost" size="xs" aria-expanded={replying} onClick={() => setReplying(!replying)}>
            Reply
          </Button>
        ) : null}
        {canReview ? (
          <Button
            variant="ghost"
            size="xs"
            disabled={!hydrated || pending}
            onClick={() =>
              run(
                () => setCommentResolvedAction({ commentId: thread.id, resolved: !resolved }),
                () => setExpanded(false),
              )
            }
          >
            {resolved ? "Reopen" : "Resolve"}
          </Button>
        ) : null}
        {canReview ? (
          <Checkbox
            className="ml-auto gap-1 text-xs text-zinc-300"
            label="Show on share links"
            checked={shared}
            disabled={!hydrated || pending}
            onChange={(event) => {
              const next = event.target.checked;
              run(async () => {
                setShared(next);
                return setCommentSharedAction({ commentId: thread.id, shared: next });
              });
            }}
          />
        ) : null}
      </div>
      {replying && open ? (
        <ReplyForm commentId={thread.id} authorName={thread.authorName} onDone={() => setReplying(false)} />
      ) : null}
    </article>
  );
}

function ReplyForm({ commentId, authorName, onDone }: { commentId: string; authorName: string; onDone: () => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `reply-${commentId}`;
  // Asking to reply puts the keyboard in the box.
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = () => {
    const parsed = commentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write a reply.");
      return;
    }
    start(async () => {
      const result = await addReplyAction({ commentId, body: parsed.data });
      if (!result.ok) {
        setError(result.fieldErrors?.body?.[0] ?? result.message);
        return;
      }
      setBody("");
      onDone();
    });
  };
  return (
    <form
      aria-label={`Reply to ${authorName}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-2"
    >
      <label htmlFor={id} className="sr-only">
        Reply to {authorName}
      </label>
      <Textarea
        ref={box}
        id={id}
        controlSize="md"
        rows={2}
        value={body}
        maxLength={MAX_COMMENT_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        onChange={(event) => setBody(event.target.value)}
      />
      <FieldError id={`${id}-error`} message={error ?? undefined} className="text-sm" />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={pending} className="py-1">
          {pending ? "Sending…" : "Send reply"}
        </Button>
        <Button variant="ghost" size="xs" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
