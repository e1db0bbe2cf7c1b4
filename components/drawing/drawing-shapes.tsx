import type { DrawingPoint, DrawingShape } from "@/lib/review/drawing";
import type { FrameSize } from "./frame-size";

/**
 * A drawing's marks inside an SVG whose viewBox is the video frame (`0 0 width height`): 0–1
 * coordinates become frame pixels, and the SVG's `meet` scaling puts them on the same spot as the
 * video's `object-fit: contain`. `weight` scales the strokes (thumbnails draw them bolder).
 */
export function DrawingShapes(props: { shapes: readonly DrawingShape[]; frame: FrameSize; weight?: number }) {
  const { shapes, frame, weight = 1 } = props;
  const stroke = Math.max(frame.width, frame.height) * 0.007 * weight;
  const at = (point: DrawingPoint) => ({ x: point.x * frame.width, y: point.y * frame.height });
  return (
    <g fill="none" strokeWidth={stroke} strokeLinecap="round" strokeLinejoin="round">
      {shapes.map((shape, index) => {
        // Shapes have no id of their own; their order is their identity and never changes in place.
        const key = `${shape.tool}-${index}`;
        if (shape.tool === "freehand") {
          const points = shape.points.map((point) => `${at(point).x},${at(point).y}`).join(" ");
          return <polyline key={key} points={points} stroke={shape.colour} />;
        }
        const from = at(shape.from);
        const to = at(shape.to);
        if (shape.tool === "rect") {
          return (
            <rect
              key={key}
              x={Math.min(from.x, to.x)}
              y={Math.min(from.y, to.y)}
              width={Math.abs(to.x - from.x)}
              height={Math.abs(to.y - from.y)}
              stroke={shape.colour}
            />
          );
        }
        return (
          <g key={key} stroke={shape.colour}>
            <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
            <polyline points={arrowHead(from, to, stroke * 4)} />
          </g>
        );
      })}
    </g>
  );
}

/** The two barbs at the arrow's tip, as one polyline through the tip. */
function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, size: number): string {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const barb = (turn: number) => `${to.x - size * Math.cos(angle + turn)},${to.y - size * Math.sin(angle + turn)}`;
  return `${barb(Math.PI / 6)} ${to.x},${to.y} ${barb(-Math.PI / 6)}`;
}

/** "a rectangle and an arrow in red": what a screen reader hears for a drawing. */
export function describeShapes(shapes: readonly DrawingShape[]): string {
  const names = { arrow: "an arrow", rect: "a rectangle", freehand: "a line" } as const;
  const parts = shapes.map((shape) => names[shape.tool]);
  if (parts.length <= 1) return parts[0] ?? "nothing";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
