"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { DrawingThumbnail } from "@/components/drawing/drawing-thumbnail";
import { Button } from "@/components/ui/button";
import { FieldError, Textarea } from "@/components/ui/field";
import { formatSeconds } from "@/lib/review/frames";
import { formatTimecode } from "@/lib/review/labels";
import { commentBodySchema, MAX_COMMENT_LENGTH } from "@/lib/review/review.schema";
import { addCommentAction } from "./review-actions";
import { useHydrated } from "./review-controls";
import { isTyping } from "./use-review-keys";
import type { VideoClock } from "./use-video-clock";

/**
 * The box for a new comment at the video's current moment, or on the range marked with I and O, with
 * the drawing made on the frame. Focusing it pauses the video, so the moment shown is the one the
 * comment gets; pressing "c" anywhere outside a field, or "Comment at this moment", does the same.
 */
export function CommentComposer(props: { takeId: string; clock: VideoClock; durationMs: number }) {
  const { takeId, clock, durationMs } = props;
  const hydrated = useHydrated();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const atMs = Math.min(durationMs, Math.max(0, Math.round(clock.timeSec * 1000)));
  const { inMs, outMs } = clock.range;
  const range = inMs !== null && outMs !== null && outMs > inMs ? { inMs, outMs } : null;
  const moment = range
    ? `on ${formatTimecode(range.inMs)} → ${formatTimecode(range.outMs)}`
    : `at ${formatTimecode(atMs)}`;
  const drawing = clock.drawing.drawing;

  const startComment = () => {
    clock.pause();
    box.current?.focus();
    box.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  useCommentShortcut(startComment);
  const { registerComposer } = clock;
  const latest = useRef(startComment);
  latest.current = startComment;
  useEffect(() => {
    registerComposer(() => latest.current());
    return () => registerComposer(null);
  }, [registerComposer]);

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
      const result = await addCommentAction({
        takeId,
        body: parsed.data,
        atMs: range ? range.inMs : sendAt,
        endMs: range ? Math.min(durationMs, range.outMs) : null,
        drawing,
      });
      if (!result.ok) {
        const fields = result.fieldErrors;
        setError(
          fields?.body?.[0] ?? fields?.atMs?.[0] ?? fields?.endMs?.[0] ?? fields?.drawing?.[0] ?? result.message,
        );
        return;
      }
      setBody("");
      setError(null);
      clock.clearRange();
      clock.drawing.reset();
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
      <div className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm text-zinc-300">
        <label htmlFor="comment-body">
          Comment <span className="font-mono text-violet-300">{moment}</span>
        </label>
        <span id="comment-hint" className="text-xs text-zinc-400">
          Press <kbd className="rounded border border-line px-1">C</kbd> to pause and comment here,{" "}
          <kbd className="rounded border border-line px-1">I</kbd> and{" "}
          <kbd className="rounded border border-line px-1">O</kbd> to comment on a range
        </span>
      </div>
      {inMs !== null || outMs !== null ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-amber-200" data-testid="composer-range">
          {range
            ? `Range ${formatSeconds(range.inMs)} → ${formatSeconds(range.outMs)}`
            : inMs !== null
              ? `Range from ${formatSeconds(inMs)}: press O (or Out) at its end`
              : `Range to ${formatSeconds(outMs ?? 0)}: press I (or In) at its start`}
          <Button size="xs" variant="ghost" onClick={clock.clearRange}>
            Remove range
          </Button>
        </p>
      ) : null}
      {drawing ? (
        <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-300">
          <DrawingThumbnail drawing={drawing} frame={clock.frame} posterUrl={clock.posterUrl} />
          <span>Drawing goes with this comment</span>
          <Button size="xs" variant="ghost" onClick={clock.drawing.reset}>
            Remove drawing
          </Button>
        </div>
      ) : null}
      <Textarea
        id="comment-body"
        controlSize="md"
        ref={box}
        value={body}
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "comment-error comment-hint" : "comment-hint"}
        onFocus={() => clock.pause()}
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
        placeholder={range ? "What should change across this range?" : "What should change at this moment?"}
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
