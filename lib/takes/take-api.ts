/**
 * The browser's one way to read takes from the server. Each answer is parsed with the schema its route
 * answers with (./api-schema.ts); a refusal becomes a TakeApiError carrying the server's code and message.
 */
import type { z } from "zod";
import {
  apiErrorSchema,
  type GalleryPage,
  galleryPageSchema,
  takeStatusBodySchema,
  takeViewSchema,
} from "./api-schema";
import { filtersToSearch, type GalleryFilters } from "./filters";
import type { TakeStatusBody, TakeView } from "./view";

/** A refusal or failure of the takes API, with what the server said (or what went wrong on the way). */
export class TakeApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(input: { status: number; code: string; message: string }) {
    super(input.message);
    this.name = "TakeApiError";
    this.status = input.status;
    this.code = input.code;
  }
}

export function isTakeApiError(error: unknown): error is TakeApiError {
  return error instanceof TakeApiError;
}

type FetchOptions = { signal?: AbortSignal };

/** A page of the gallery for `filters`, after `cursor` (a `nextCursor`), or the first page with null. */
export async function fetchTakesPage(
  filters: GalleryFilters,
  cursor: string | null,
  options: FetchOptions = {},
): Promise<GalleryPage> {
  const params = [cursor ? `cursor=${encodeURIComponent(cursor)}` : "", filtersToSearch(filters)].filter(Boolean);
  const response = await fetch(`/api/generations${params.length > 0 ? `?${params.join("&")}` : ""}`, options);
  return readAnswer(response, galleryPageSchema);
}

/** One take; a TakeApiError with status 404 when it was deleted or never existed. */
export async function fetchTake(id: string, options: FetchOptions = {}): Promise<TakeView> {
  const response = await fetch(`/api/generations/${encodeURIComponent(id)}`, options);
  return readAnswer(response, takeViewSchema);
}

export type StatusRequest = {
  /** The running takes a tab shows. */
  ids: string[];
  /** Also report takes newer than this cursor (the tab's newest take) that match `filters`. */
  after?: string;
  filters?: GalleryFilters;
  /** How long the server may hold an unchanged answer waiting for a change. */
  waitMs?: number;
};

/** `unchanged`: the server's answer is still the one `etag` names (a 304, no body). */
export type StatusAnswer = { kind: "unchanged" } | { kind: "changed"; body: TakeStatusBody; etag: string | null };

/** One poll; with the ETag of the last answer, an unchanged state costs no body. */
export async function fetchTakeStatuses(
  request: StatusRequest,
  options: FetchOptions & { etag?: string } = {},
): Promise<StatusAnswer> {
  const response = await fetch(statusUrl(request), {
    signal: options.signal,
    cache: "no-store",
    headers: options.etag ? { "If-None-Match": options.etag } : {},
  });
  if (response.status === 304 && options.etag) return { kind: "unchanged" };
  const body = await readAnswer(response, takeStatusBodySchema);
  return { kind: "changed", body, etag: response.headers.get("etag") };
}

export function statusUrl(request: StatusRequest): string {
  const params = [`ids=${request.ids.join(",")}`];
  if (request.after) params.push(`after=${encodeURIComponent(request.after)}`);
  // Only worth holding for running takes: with none, a tab asks once (for new takes) and wants the answer.
  if (request.waitMs && request.waitMs > 0 && request.ids.length > 0) params.push(`wait=${request.waitMs}`);
  const search = request.filters ? filtersToSearch(request.filters) : "";
  if (search) params.push(search);
  return `/api/generations/status?${params.join("&")}`;
}

/** The body parsed with `schema`, or a TakeApiError: the server's own refusal, or a word on what failed. */
export async function readAnswer<T extends z.ZodType>(response: Response, schema: T): Promise<z.infer<T>> {
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refusal = apiErrorSchema.safeParse(json);
    throw new TakeApiError(
      refusal.success
        ? { status: response.status, ...refusal.data.error }
        : { status: response.status, code: "internal:http", message: `HTTP ${response.status}` },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new TakeApiError({
      status: response.status,
      code: "internal:unexpected_answer",
      message: "The server's answer was not understood",
    });
  return parsed.data;
}

/**
 * Where the query cache keeps takes: the gallery's pages per set of filters, one take by id, and the
 * other lists a page keeps current (the studio's recent takes, a take's page), one per hook instance.
 */
export const takeQueryKeys = {
  pages: (filters: GalleryFilters) => ["takes", filters] as const,
  one: (id: string) => ["take", id] as const,
  live: (listId: string) => ["live-takes", listId] as const,
};
