"use client";

import { DrawingToolbar } from "@/components/drawing/drawing-toolbar";
import { Button } from "@/components/ui/button";
import { Chevron } from "@/components/ui/chevron";
import { frameAt } from "@/lib/review/frames";
import { formatTimecode } from "@/lib/review/labels";
import { REVIEW_KEYS } from "./use-review-keys";
import type { VideoClock } from "./use-video-clock";

/**
 * Under the video: frame steps, the shuttle's state, and for those who may comment, "Comment at this
 * moment", range in/out and drawing on the frame; then the keys that do the same.
 */
export function ReviewToolbar({ clock }: { clock: VideoClock }) {
  const { shuttle } = clock.shuttle;
  const canComment = clock.composer !== null;
  const draw = clock.drawing;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => clock.step(-1)} aria-label="Previous frame">
          <Chevron direction="left" /> Frame
        </Button>
        <Button size="sm" onClick={() => clock.step(1)} aria-label="Next frame">
          Frame <Chevron direction="right" />
        </Button>
        {canComment ? (
          <>
            <Button size="sm" onClick={clock.markIn} aria-label="Set range in (I)">
              In
            </Button>
            <Button size="sm" onClick={clock.markOut} aria-label="Set range out (O)">
              Out
            </Button>
            <Button
              size="sm"
              aria-pressed={draw.active}
              onClick={() => {
                if (!draw.active) clock.pause();
                draw.setActive(!draw.active);
              }}
            >
              {draw.active ? "Done drawing" : "Draw"}
            </Button>
            <Button size="sm" variant="primary" onClick={() => clock.composer?.()}>
              Comment at this moment
            </Button>
          </>
        ) : null}
        <p className="ml-auto font-mono text-xs text-zinc-400" data-testid="frame-readout">
          {shuttle ? (
            <span className="mr-2 text-violet-300">
              {shuttle.direction === 1 ? "▶▶" : "◀◀"} {shuttle.speed}×
            </span>
          ) : null}
          {formatTimecode(clock.timeSec * 1000)} · frame {frameAt(clock.timeSec, clock.fps)} ·{" "}
          {clock.fpsKnown ? `${clock.fps} fps` : `${clock.fps} fps (assumed)`}
        </p>
      </div>
      {draw.active ? <DrawingToolbar draft={draw} /> : null}
      <p className="text-xs text-zinc-400">
        Keys:{" "}
        {REVIEW_KEYS.filter((entry) => canComment || !/[IC]/.test(entry.keys)).map((entry, index) => (
          <span key={entry.keys}>
            {index > 0 ? " · " : ""}
            <kbd className="rounded border border-line px-1 font-mono">{entry.keys}</kbd> {entry.does}
          </span>
        ))}
      </p>
    </div>
  );
}
