import type { DrawingShape } from "@/lib/review/drawing";
import { DrawingShapes } from "./drawing-shapes";
import type { FrameSize } from "./frame-size";

/**
 * Drawings over a video: an SVG laid over the video element's whole box, with the frame as its viewBox
 * and the same centring as `object-fit: contain`, so the letterbox bars are skipped exactly as the
 * video's are. It takes no pointer events: the video's own controls stay usable beneath it.
 */
export function DrawingOverlay(props: { drawings: readonly (readonly DrawingShape[])[]; frame: FrameSize }) {
  const { drawings, frame } = props;
  if (drawings.length === 0) return null;
  return (
    <svg
      aria-hidden
      data-testid="drawing-overlay"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      preserveAspectRatio="xMidYMid meet"
      className="pointer-events-none absolute inset-0 h-full w-full"
    >
      {drawings.map((shapes, index) => (
        // One drawing per comment on screen; their order follows the comments' and does not change in place.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <DrawingShapes key={index} shapes={shapes} frame={frame} />
      ))}
    </svg>
  );
}
