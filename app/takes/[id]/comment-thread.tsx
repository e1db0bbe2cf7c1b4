"use client";

import { useOptimistic, useState, useTransition } from "react";
import { formatTimecode } from "@/lib/review/labels";
import { commentBodySchema, MAX_COMMENT_LENGTH } from "@/lib/review/review.schema";
import type { ThreadView } from "@/lib/review/view";
import { addReplyAction, setCommentResolvedAction, setCommentSharedAction } from "./review-actions";
import { RelativeTime, useHydrated, useReviewAction } from "./review-controls";

const SMALL = "rounded px-2 py-0.5 text-xs text-zinc-200 hover:bg-ink disabled:opacity-60";

/**
 * One thread: the comment at its moment (click the time to see it), its replies, and Reply, Resolve or
 * Reopen, and "Show on share links". A resolved thread collapses to one line until it is opened.
 * Bodies are plain text: React escapes them, so markup shows as typed.
 */
export function CommentThread(props: { thread: ThreadView; canReview: boolean; onSeek: (ms: number) => void }) {
  const { thread, canReview, onSeek } = props;
  const hydrated = useHydrated();
  const { pending, run } = useReviewAction();
  const resolved = thread.resolvedAt !== null;
  const [expanded, setExpanded] = useState(false);
  const [replying, setReplying] = useState(false);
  const open = !resolved || expanded;
  // Shows the new mark at once; the server's answer (with the refreshed page) confirms or reverts it.
  const [shared, setShared] = useOptimistic(thread.sharedAt !== null);
  const moment = formatTimecode(thread.atMs);

  return (
    <article
      aria-label={`Comment by ${thread.authorName} at ${moment}`}
      className={`space-y-2 rounded-md border border-line p-3 ${resolved ? "bg-ink/60" : "bg-panel"}`}
    >
      <header className="flex flex-wrap items-center gap-2 text-xs text-zinc-400">
        <button
          type="button"
          aria-label={`Go to ${moment}`}
          onClick={() => onSeek(thread.atMs)}
          className="rounded bg-accent/20 px-1.5 py-0.5 font-mono text-accent hover:bg-accent/30"
        >
          {moment}
        </button>
        <span className="font-medium text-zinc-200">{thread.authorName}</span>
        <RelativeTime iso={thread.createdAt} />
        {resolved ? (
          <span className="rounded bg-zinc-800 px-1.5 py-0.5 text-zinc-300">Resolved by {thread.resolvedByName}</span>
        ) : null}
        {thread.sharedAt ? <span className="rounded bg-sky-950 px-1.5 py-0.5 text-sky-200">On share links</span> : null}
      </header>
      <p className={`whitespace-pre-wrap break-words text-sm text-zinc-100 ${open ? "" : "line-clamp-1"}`}>
        {thread.body}
      </p>
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
          <button type="button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} className={SMALL}>
            {expanded
              ? "Hide thread"
              : `Show thread${thread.replies.length ? ` (${thread.replies.length} ${thread.replies.length === 1 ? "reply" : "replies"})` : ""}`}
          </button>
        ) : null}
        {canReview && open ? (
          <button type="button" aria-expanded={replying} onClick={() => setReplying(!replying)} className={SMALL}>
            Reply
          </button>
        ) : null}
        {canReview ? (
          <button
            type="button"
            disabled={!hydrated || pending}
            onClick={() =>
              run(
                () => setCommentResolvedAction({ commentId: thread.id, resolved: !resolved }),
                () => setExpanded(false),
              )
            }
            className={SMALL}
          >
            {resolved ? "Reopen" : "Resolve"}
          </button>
        ) : null}
        {canReview ? (
          <label className="ml-auto flex items-center gap-1 text-xs text-zinc-300">
            <input
              type="checkbox"
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
            Show on share links
          </label>
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
      <textarea
        id={id}
        autoFocus
        rows={2}
        value={body}
        maxLength={MAX_COMMENT_LENGTH}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setBody(event.target.value)}
        className="w-full rounded-md border border-line bg-ink px-2 py-1.5 text-sm"
      />
      {error ? (
        <p role="alert" className="text-sm text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-accent px-3 py-1 text-sm text-white disabled:opacity-60"
        >
          {pending ? "Sending…" : "Send reply"}
        </button>
        <button type="button" onClick={onDone} className={SMALL}>
          Cancel
        </button>
      </div>
    </form>
  );
}
