/**
 * How long Kling usually takes, per kind of take (model, mode, duration): the median of submit →
 * "succeed" over this studio's latest ready takes of that kind. Kept for a short while per process, so
 * polling many running takes costs one small indexed query per kind now and then, not one per request.
 */
import { isActiveStatus } from "./statuses";
import "server-only";
import type { Db } from "@/lib/db/client";
import { listRecentRenderTimes } from "@/lib/db/queries/takes";
import type { Duration, Mode, ModelName } from "@/lib/kling/fields";
import { defaultRenderMs } from "./time-left";
import type { TakeView } from "./view";

/** Enough recent takes to smooth out one odd one; few enough to follow Kling getting faster or slower. */
export const HISTORY_SAMPLES = 20;
/** Fewer ready takes than this and the default is a better guess than their median. */
const MIN_SAMPLES = 3;
const TTL_MS = 30_000;

export type RenderEstimate = { expectedMs: number; basis: "history" | "default"; samples: number };
type Kind = { model_name: ModelName; mode: Mode; duration: Duration };

type Cache = Map<string, { at: number; value: Promise<RenderEstimate> }>;
// Per database handle, so tests with their own databases never see each other's history.
const caches = new WeakMap<Db, Cache>();

export async function estimateRenderTime(db: Db, kind: Kind, now = Date.now()): Promise<RenderEstimate> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = kindKey(kind);
  const hit = cache.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = computeEstimate(db, kind);
  cache.set(key, { at: now, value });
  // A failed lookup is not remembered: the next request tries again.
  value.catch(() => cache.delete(key));
  return value;
}

/** Adds `expectedRenderMs` to the running takes of a list (one lookup per kind present). */
export async function withEstimates(db: Db, views: TakeView[]): Promise<TakeView[]> {
  const running = views.filter((view) => isActiveStatus(view.status));
  if (running.length === 0) return views;
  const estimates = new Map<string, number>();
  for (const view of running) {
    const key = kindKey(view.params);
    if (estimates.has(key)) continue;
    estimates.set(key, (await estimateRenderTime(db, view.params)).expectedMs);
  }
  return views.map((view) =>
    isActiveStatus(view.status) ? { ...view, expectedRenderMs: estimates.get(kindKey(view.params)) } : view,
  );
}

/** Forgets a database's estimates (tests; after seeding a history). */
export function clearEstimates(db: Db): void {
  caches.delete(db);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function computeEstimate(db: Db, kind: Kind): Promise<RenderEstimate> {
  const times = await listRecentRenderTimes(db, {
    modelName: kind.model_name,
    mode: kind.mode,
    duration: kind.duration,
    limit: HISTORY_SAMPLES,
  });
  if (times.length < MIN_SAMPLES) return { expectedMs: defaultRenderMs(kind), basis: "default", samples: times.length };
  return { expectedMs: Math.round(median(times)), basis: "history", samples: times.length };
}

function kindKey(kind: Kind): string {
  return `${kind.model_name}|${kind.mode}|${kind.duration}`;
}
