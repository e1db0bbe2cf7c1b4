/**
 * For tests: a stand-in for a Canvas 2D context that records every fill, and a painter that turns the
 * recorded fills of plain colours into pixels, sampled at pixel centres as the sandbox's renderer
 * samples its rays, so a preview frame can be compared with a sandbox frame pixel for pixel. Fills of
 * gradients (sky, fog) paint nothing; strokes (one-pixel outlines) are left out.
 */

import type { Canvas2D } from "@/components/camera-preview/canvas-paths";
import type { Point2 } from "@/components/camera-preview/screen-clip";

export type RecordedFill = { color: string | null; polygons: Point2[][] };

export class RecordingCanvas implements Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern = "#000";
  strokeStyle: string | CanvasGradient | CanvasPattern = "#000";
  lineWidth = 1;
  lineJoin: CanvasLineJoin = "miter";
  readonly fills: RecordedFill[] = [];
  private path: Point2[][] = [];

  beginPath() {
    this.path = [];
  }
  moveTo(x: number, y: number) {
    this.path.push([{ x, y }]);
  }
  lineTo(x: number, y: number) {
    const last = this.path.at(-1);
    if (last) last.push({ x, y });
    else this.path.push([{ x, y }]);
  }
  closePath() {}
  /** Every fill is painted even-odd: the preview's faces are convex, and its stripes ask for even-odd. */
  fill(_rule?: CanvasFillRule | Path2D) {
    const color = typeof this.fillStyle === "string" ? this.fillStyle : null;
    this.fills.push({ color, polygons: this.path.map((polygon) => [...polygon]) });
  }
  stroke() {}
  fillRect(x: number, y: number, width: number, height: number) {
    const color = typeof this.fillStyle === "string" ? this.fillStyle : null;
    const rect = [
      { x, y },
      { x: x + width, y },
      { x: x + width, y: y + height },
      { x, y: y + height },
    ];
    this.fills.push({ color, polygons: [rect] });
  }
  createLinearGradient(): CanvasGradient {
    return { addColorStop() {} };
  }
}

/** The recorded fills painted in order into an RGB frame (black where no plain colour fell). */
export function paintFills(fills: RecordedFill[], size: { width: number; height: number }): Uint8Array {
  const { width, height } = size;
  const rgb = new Uint8Array(width * height * 3);
  for (const fill of fills) {
    const color = fill.color ? parseRgb(fill.color) : null;
    for (let j = 0; j < height; j++) {
      const y = j + 0.5;
      const crossings: number[] = [];
      for (const polygon of fill.polygons) {
        for (let k = 0; k < polygon.length; k++) {
          const a = polygon[k];
          const b = polygon[(k + 1) % polygon.length];
          if (a.y <= y !== b.y <= y) crossings.push(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x));
        }
      }
      crossings.sort((p, q) => p - q);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const from = Math.max(0, Math.ceil(crossings[k] - 0.5));
        const to = Math.min(width - 1, Math.ceil(crossings[k + 1] - 0.5) - 1);
        for (let i = from; i <= to; i++) rgb.set(color ?? [0, 0, 0], (j * width + i) * 3);
      }
    }
  }
  return rgb;
}

/** "rgb(r g b)" as the preview writes it (see css in ./canvas-paths.ts). */
function parseRgb(css: string): [number, number, number] {
  const match = /^rgb\((\d+) (\d+) (\d+)\)$/.exec(css);
  if (!match) throw new Error(`not an opaque rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
