/**
 * The gallery shows takes or shots: `view=shots` in its URL (takes when absent), kept beside the filters
 * so a view can be shared. A page of shots deeper than the first carries `after=<cursor>`. Browser-safe.
 */
import { filtersToSearch, type GalleryFilters } from "@/lib/takes/filters";

export type GalleryView = "takes" | "shots";

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParamsLike, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Lenient, as the filters are: anything but "shots" is the takes view. */
export function parseGalleryView(params: SearchParamsLike): GalleryView {
  return read(params, "view") === "shots" ? "shots" : "takes";
}

/** The cursor of a deeper page of shots, as the URL carries it (decoded by decodeCursor). */
export function shotsCursorOf(params: SearchParamsLike): string | undefined {
  return read(params, "after");
}

/** The gallery's query string for these filters in this view: `q=fox&view=shots`. */
export function gallerySearch(filters: GalleryFilters, view: GalleryView | string | null, after?: string): string {
  const search = new URLSearchParams(filtersToSearch(filters));
  if (view === "shots") search.set("view", "shots");
  if (view === "shots" && after) search.set("after", after);
  return search.toString();
}
