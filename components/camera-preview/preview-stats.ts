/**
 * Frame-time measurement for the benchmark: with `?previewStats=1` in the page's URL, every preview
 * frame's draw time (including rasterizing, forced by a one-pixel read) lands in a ring buffer on
 * `window.__previewStats`. Without the flag nothing is recorded and nothing is read back.
 */
export type PreviewStats = {
  /** the latest draw times, ms, oldest overwritten first once full */
  samples: number[];
  /** frames recorded since the page loaded (may exceed samples.length) */
  count: number;
  capacity: number;
};

declare global {
  interface Window {
    __previewStats?: PreviewStats;
  }
}

const CAPACITY = 2000;

/** The stats sink when measurement is on, else null (checked once per preview mount). */
export function previewStatsSink(): PreviewStats | null {
  if (typeof window === "undefined") return null;
  if (new URLSearchParams(window.location.search).get("previewStats") !== "1") return null;
  window.__previewStats ??= { samples: [], count: 0, capacity: CAPACITY };
  return window.__previewStats;
}

export function recordFrame(stats: PreviewStats, ms: number) {
  stats.samples[stats.count % stats.capacity] = ms;
  stats.count += 1;
}
