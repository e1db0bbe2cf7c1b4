"use client";

import { DrawingOverlay } from "@/components/drawing/drawing-overlay";
import { frameOfAspect } from "@/components/drawing/frame-size";
import { isOnScreen } from "@/lib/review/frames";
import { formatTimecode } from "@/lib/review/labels";
import type { CommentMarkView } from "@/lib/review/view";

/**
 * A take's open comments on its own player in compare: the drawings due at its current moment over
 * its video, and a strip of its moments and ranges under it (44 px tall targets) that moves the
 * transport there.
 */
export function CompareDrawings(props: {
  marks: CommentMarkView[];
  timeSec: number;
  fps: number;
  aspectRatio: string;
}) {
  const { marks, timeSec, fps, aspectRatio } = props;
  const shown = marks
    .filter((mark) => mark.drawing && isOnScreen(mark, timeSec, fps))
    .map((mark) => mark.drawing?.shapes ?? []);
  return <DrawingOverlay drawings={shown} frame={frameOfAspect(aspectRatio)} />;
}

export function CompareMarks(props: {
  marks: CommentMarkView[];
  durationMs: number;
  label: string;
  onSeek: (seconds: number) => void;
}) {
  const { marks, durationMs, label, onSeek } = props;
  if (marks.length === 0) return null;
  const at = (ms: number) => Math.min(100, Math.max(0, (ms / durationMs) * 100));
  return (
    <fieldset aria-label={`${label} comments`} className="relative h-12 min-w-0 rounded-md border border-line bg-ink">
      {marks.map((mark) => {
        const when =
          mark.endMs === null
            ? `at ${formatTimecode(mark.atMs)}`
            : `${formatTimecode(mark.atMs)} → ${formatTimecode(mark.endMs)}`;
        const range = mark.endMs !== null;
        return (
          <button
            key={mark.id}
            type="button"
            aria-label={`${range ? "Range comment" : "Comment"} ${when}, ${mark.label}`}
            title={`${when} · ${mark.label}`}
            onClick={() => onSeek(mark.atMs / 1000)}
            style={
              range
                ? { left: `${at(mark.atMs)}%`, width: `${at(mark.endMs ?? mark.atMs) - at(mark.atMs)}%` }
                : { left: `${at(mark.atMs)}%` }
            }
            className={
              range ? "group absolute top-0 bottom-0 min-w-3" : "group absolute top-0 bottom-0 w-11 -translate-x-1/2"
            }
          >
            <span
              className={
                range
                  ? "absolute inset-x-0 top-1/2 h-2.5 -translate-y-1/2 rounded-full border border-ink bg-accent/80"
                  : "absolute top-1/2 left-1/2 h-4 w-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-ink bg-accent group-hover:scale-125"
              }
            />
          </button>
        );
      })}
    </fieldset>
  );
}
