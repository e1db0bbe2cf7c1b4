import { cn } from "@/components/ui/cn";
import type { CommentDrawing } from "@/lib/review/drawing";
import { DrawingShapes, describeShapes } from "./drawing-shapes";
import type { FrameSize } from "./frame-size";

/**
 * A comment's drawing in small, over the take's poster (when it has one), for a thread or a shared
 * comment. Its size follows the frame's shape within a poster-sized box.
 */
export function DrawingThumbnail(props: {
  drawing: CommentDrawing;
  frame: FrameSize;
  posterUrl?: string | null;
  className?: string;
}) {
  const { drawing, frame, posterUrl, className } = props;
  return (
    <span
      role="img"
      aria-label={`Drawing: ${describeShapes(drawing.shapes)}`}
      className={cn("relative inline-block h-14 overflow-hidden rounded border border-line bg-black", className)}
      style={{ aspectRatio: `${frame.width} / ${frame.height}` }}
    >
      {posterUrl ? (
        // biome-ignore lint/performance/noImgElement: a tiny poster from our media route; next/image adds nothing here
        <img src={posterUrl} alt="" className="absolute inset-0 h-full w-full object-contain opacity-60" />
      ) : null}
      <svg
        aria-hidden
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        preserveAspectRatio="xMidYMid meet"
        className="absolute inset-0 h-full w-full"
      >
        <DrawingShapes shapes={drawing.shapes} frame={frame} weight={3} />
      </svg>
    </span>
  );
}
