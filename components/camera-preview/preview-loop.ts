/**
 * The preview's animation loop, outside React: requestAnimationFrame only while something moves (its own
 * clock playing, or an external clock being polled), one draw when a setting changes while paused, and
 * nothing at all when idle. React hands it settings through `update`; it hands the time and pose back
 * through callbacks that write to the DOM directly.
 */
import { type CameraPose, cameraPoseAt } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import { drawPreviewFrame } from "./draw-frame";
import { type PreviewStats, recordFrame } from "./preview-stats";

type PreviewSettings = {
  move: CameraControl | undefined;
  /** width / height of the clip */
  aspect: number;
  durationSec: number;
  /** own clock: advancing; external clock: worth polling every frame */
  playing: boolean;
  /** null: the loop keeps its own time; a number: show that moment; a function: poll it every frame */
  external: number | (() => number) | null;
};

export type PreviewLoop = {
  update(settings: PreviewSettings): void;
  /** Jump the own clock to a moment (seconds) and draw it. */
  seek(sec: number): void;
  /** The canvas was resized (and so cleared): draw again. */
  redraw(): void;
  stop(): void;
};

export function createPreviewLoop(options: {
  canvas: () => HTMLCanvasElement | null;
  onFrame: (frame: { timeSec: number; durationSec: number; pose: CameraPose }) => void;
  stats: () => PreviewStats | null;
}): PreviewLoop {
  let settings: PreviewSettings | null = null;
  let timeSec = 0;
  let lastTs: number | null = null;
  let raf = 0;
  let dirty = true;

  function running(): boolean {
    return Boolean(settings?.playing) && typeof settings?.external !== "number";
  }

  function schedule() {
    if (raf === 0 && typeof requestAnimationFrame === "function") raf = requestAnimationFrame(tick);
  }

  function tick(ts: number) {
    raf = 0;
    if (!settings) return;
    const { external, durationSec } = settings;
    if (typeof external === "number") timeSec = external;
    else if (typeof external === "function") timeSec = external();
    else if (settings.playing && lastTs !== null && durationSec > 0) {
      timeSec = (timeSec + (ts - lastTs) / 1000) % durationSec;
    } else if (timeSec > durationSec) timeSec = durationSec;
    lastTs = running() ? ts : null;
    if (running() || dirty) draw(settings);
    dirty = false;
    if (running()) schedule();
  }

  function draw(current: PreviewSettings) {
    const canvas = options.canvas();
    const ctx = canvas?.getContext("2d", { alpha: false });
    if (!canvas || !ctx || canvas.width === 0 || canvas.height === 0) return;
    const clamped = Math.min(Math.max(timeSec, 0), current.durationSec);
    const progress = current.durationSec > 0 ? clamped / current.durationSec : 0;
    const pose = cameraPoseAt(current.move, progress);
    const stats = options.stats();
    const started = stats ? performance.now() : 0;
    drawPreviewFrame({ ctx, width: canvas.width, height: canvas.height, aspect: current.aspect }, { pose, progress });
    if (stats) {
      // Canvas work is deferred until something needs the pixels: read one so the time includes rasterizing.
      ctx.getImageData(0, 0, 1, 1);
      recordFrame(stats, performance.now() - started);
    }
    options.onFrame({ timeSec: clamped, durationSec: current.durationSec, pose });
  }

  return {
    update(next) {
      settings = next;
      dirty = true;
      schedule();
    },
    seek(sec) {
      timeSec = sec;
      lastTs = null;
      dirty = true;
      schedule();
    },
    redraw() {
      dirty = true;
      schedule();
    },
    stop() {
      if (raf !== 0) cancelAnimationFrame(raf);
      raf = 0;
    },
  };
}
