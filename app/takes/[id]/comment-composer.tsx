"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Textarea } from "@/components/ui/field";
import { formatTimecode } from "@/lib/review/labels";
import { commentBodySchema, MAX_COMMENT_LENGTH } from "@/lib/review/review.schema";
import { addCommentAction } from "./review-actions";
import { useHydrated } from "./review-controls";
import type { VideoClock } from "./take-player";

/**
 * The box for a new comment at the video's current moment. Focusing it pauses the video, so the moment
 * shown is the one the comment gets; pressing "c" anywhere outside a field does the same.
 */
export function CommentComposer(props: { takeId: string; clock: VideoClock; durationMs: number }) {
  const { takeId, clock, durationMs } = props;
  const hydrated = useHydrated();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const atMs = Math.min(durationMs, Math.max(0, Math.round(clock.timeSec * 1000)));
  const moment = formatTimecode(atMs);

  useCommentShortcut(() => {
    clock.pause();
    box.current?.focus();
  });

  const submit = () => {
    const parsed = commentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write a comment.");
      return;
    }
    // The moment is read from the video itself at the instant of sending, not from the last repaint.
    const current = clock.ref.current?.currentTime;
    const sendAt = current === undefined ? atMs : Math.min(durationMs, Math.max(0, Math.round(current * 1000)));
    start(async () => {
      const result = await addCommentAction({ takeId, body: parsed.data, atMs: sendAt });
      if (!result.ok) {
        setError(result.fieldErrors?.body?.[0] ?? result.fieldErrors?.atMs?.[0] ?? result.message);
        return;
      }
      setBody("");
      setError(null);
    });
  };

  return (
    <form
      aria-label="New comment"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-2"
    >
      <div className="flex items-baseline justify-between text-sm text-zinc-300">
        <label htmlFor="comment-body">
          Comment <span className="font-mono text-violet-300">at {moment}</span>
        </label>
        <span id="comment-hint" className="text-xs text-zinc-400">
          Press <kbd className="rounded border border-line px-1">C</kbd> to pause and comment here
        </span>
      </div>
      <Textarea
        id="comment-body"
        controlSize="md"
        ref={box}
        value={body}
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "comment-error comment-hint" : "comment-hint"}
        onFocus={clock.pause}
        onChange={(event) => {
          setBody(event.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(event) => {
          // Ctrl/⌘+Enter sends, as in most review tools; Enter alone is a new line.
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            submit();
          }
        }}
        placeholder="What should change at this moment?"
      />
      <FieldError id="comment-error" message={error ?? undefined} className="text-sm" />
      <Button type="submit" variant="primary" disabled={!hydrated || pending}>
        {pending ? "Adding…" : "Add comment"}
      </Button>
    </form>
  );
}

/** "c" outside any field (and without modifiers) starts a comment. */
function useCommentShortcut(onComment: () => void) {
  const latest = useRef(onComment);
  latest.current = onComment;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "c" && event.key !== "C") return;
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}
