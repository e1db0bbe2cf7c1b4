/**
 * The gallery's filters as they appear in its URL (`/gallery?status=ready&model=kling-v1&q=fox`), so a
 * view can be shared. Read leniently: a link with an unknown value still opens, without that filter.
 * Shared by the page, the list and status routes, and the filter bar in the browser.
 */

import { z } from "zod";
import { CAMERA_CHECK_VERDICT_LABELS, CAMERA_CHECK_VERDICTS } from "@/lib/camera-check/camera-check";
import { ASPECT_RATIOS, CAMERA_TYPES, MODEL_NAMES } from "@/lib/kling/fields";
import { CAMERA_VERDICTS, REVIEW_STATES } from "@/lib/review/review-values";
import { ACTIVE_STATUSES, type TakeStatus } from "./statuses";

export const STATUS_FILTERS = ["running", "ready", "failed"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const CAMERA_FILTERS = ["none", ...CAMERA_TYPES] as const;

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  running: "Running",
  ready: "Ready",
  failed: "Failed",
};

/** Camera verdict filter: a verdict, or "none" for takes nobody has judged yet. */
export const VERDICT_FILTERS = [...CAMERA_VERDICTS, "none"] as const;

/** Measured camera filter: a verdict, or "pending" for takes without one (not measured yet, or no move asked for). */
export const MEASURED_FILTERS = [...CAMERA_CHECK_VERDICTS, "pending"] as const;
export type MeasuredFilter = (typeof MEASURED_FILTERS)[number];

export const MEASURED_FILTER_LABELS: Record<MeasuredFilter, string> = {
  ...CAMERA_CHECK_VERDICT_LABELS,
  pending: "No verdict yet",
};

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Free text for a filter; a NUL cannot be stored in (or compared with) a Postgres text column, so it is dropped. */
const filterText = (max: number) =>
  z
    .string()
    .transform((value) => value.replaceAll("\u0000", ""))
    .pipe(z.string().trim().min(1).max(max));

const galleryFiltersSchema = z.object({
  status: lenient(z.enum(STATUS_FILTERS)),
  model: lenient(z.enum(MODEL_NAMES)),
  camera: lenient(z.enum(CAMERA_FILTERS)),
  aspect: lenient(z.enum(ASPECT_RATIOS)),
  by: lenient(filterText(100)),
  q: lenient(filterText(200)),
  review: lenient(z.enum(REVIEW_STATES)),
  verdict: lenient(z.enum(VERDICT_FILTERS)),
  measured: lenient(z.enum(MEASURED_FILTERS)),
  /** "1": only my favourites. Per viewer, so it needs the signed-in member on the server. */
  favourites: lenient(z.literal("1")),
  /** "1": ready takes I have not decided on yet. */
  needs_review: lenient(z.literal("1")),
});
export type GalleryFilters = z.infer<typeof galleryFiltersSchema>;

/** The URL's order of keys; also the order of the filter bar. */
const FILTER_KEYS = [
  "q",
  "status",
  "model",
  "camera",
  "aspect",
  "by",
  "review",
  "verdict",
  "measured",
  "favourites",
  "needs_review",
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseGalleryFilters(params: SearchParamsLike): GalleryFilters {
  const read = (key: FilterKey) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  return galleryFiltersSchema.parse(Object.fromEntries(FILTER_KEYS.map((key) => [key, read(key)])));
}

/** The filters as query-string pairs in a stable order (an empty filter is left out). */
function filterEntries(filters: GalleryFilters): [FilterKey, string][] {
  const entries: [FilterKey, string][] = [];
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) entries.push([key, value]);
  }
  return entries;
}

export function filtersToSearch(filters: GalleryFilters): string {
  return new URLSearchParams(filterEntries(filters)).toString();
}

export function hasFilters(filters: GalleryFilters): boolean {
  return filterEntries(filters).length > 0;
}

const RUNNING: TakeStatus[] = [...ACTIVE_STATUSES];

/** Which stored statuses a status filter stands for. */
export function statusesOf(filter: StatusFilter | undefined): TakeStatus[] | undefined {
  if (!filter) return undefined;
  return filter === "running" ? RUNNING : [filter];
}

/**
 * A position in the newest-first order: `<created-at ms>_<id>`. Opaque to the browser except that it can
 * build one from a take it shows (to ask for takes newer than it).
 */
export type ListCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: { createdAt: Date | string; id: string }): string {
  const ms = typeof cursor.createdAt === "string" ? Date.parse(cursor.createdAt) : cursor.createdAt.getTime();
  return `${ms}_${cursor.id}`;
}

const CURSOR_PATTERN = /^(\d{1,15})_([0-9a-fA-F-]{0,36})$/;

export function decodeCursor(text: string | null | undefined): ListCursor | undefined {
  const match = text ? CURSOR_PATTERN.exec(text) : null;
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2] };
}
