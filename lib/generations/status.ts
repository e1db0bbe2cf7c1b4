/**
 * The answer to one poll of a browser tab: the running takes it watches, takes created since its newest
 * one (matching its filters), and watched takes that were deleted. Reads only our database: browsers
 * never cause a request to Kling, only the worker does, so tabs can multiply without costing upstream.
 *
 * Conditional: the ETag is a hash of what a person would see (not of `updated_at`, which the worker
 * bumps on every poll), so an unchanged answer costs two small indexed queries and an empty 304.
 */
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { getGenerationSignatures, getGenerationsByIds, listNewerGenerationIds } from "@/lib/db/queries/generations";
import { estimateRenderTime, withEstimates } from "./estimates";
import { decodeCursor, parseGalleryFilters, type GalleryFilters, type ListCursor } from "./filters";
import { toGenerationFilter } from "./gallery-data";
import { toGenerationView } from "./to-view";
import { isActiveStatus, type GenerationStatusBody } from "./view";

export const MAX_WATCHED_IDS = 200;
/** New takes reported per answer; more arrive on the next poll (oldest first, so none is skipped). */
export const MAX_CREATED_PER_ANSWER = 50;

export type StatusRequest = { ids: string[]; after?: ListCursor; filters: GalleryFilters };

const idsSchema = z
  .string()
  .transform((value) => [...new Set(value.split(",").filter(Boolean))])
  .pipe(z.array(z.uuid("ids must be take ids")).max(MAX_WATCHED_IDS, `at most ${MAX_WATCHED_IDS} ids at once`));

export function parseStatusRequest(url: URL): { ok: true; value: StatusRequest } | { ok: false; message: string } {
  const ids = idsSchema.safeParse(url.searchParams.get("ids") ?? "");
  if (!ids.success) return { ok: false, message: ids.error.issues[0]?.message ?? "ids is invalid" };
  const afterText = url.searchParams.get("after");
  const after = decodeCursor(afterText);
  if (afterText && !after) return { ok: false, message: "after must be a cursor from the gallery" };
  if (ids.data.length === 0 && !after) return { ok: false, message: "ids is empty (and no after cursor)" };
  return { ok: true, value: { ids: ids.data, after, filters: parseGalleryFilters(url.searchParams) } };
}

export type StatusAnswer = { etag: string; body?: GenerationStatusBody };

/** `body` is left out when `ifNoneMatch` names the current answer. */
export async function readGenerationStatus(
  db: Db,
  request: StatusRequest,
  ifNoneMatch?: string | null,
): Promise<StatusAnswer> {
  const [signatures, created] = await Promise.all([
    getGenerationSignatures(db, request.ids),
    request.after
      ? listNewerGenerationIds(db, {
          after: request.after,
          filter: toGenerationFilter(request.filters),
          limit: MAX_CREATED_PER_ANSWER,
        })
      : Promise.resolve([]),
  ]);
  const visible = signatures.filter((row) => row.deletedAt === null);
  const visibleIds = new Set(visible.map((row) => row.id));
  const removed = request.ids.filter((id) => !visibleIds.has(id)).sort();
  const estimates = await Promise.all(
    visible
      .filter((row) => isActiveStatus(row.status))
      .map(async (row) => {
        const estimate = await estimateRenderTime(db, { model_name: row.modelName, mode: row.mode, duration: row.duration });
        return `${row.id}:${estimate.expectedMs}`;
      }),
  );
  const etag = weakEtag([
    [...visible].sort((a, b) => a.id.localeCompare(b.id)),
    removed,
    created.map((row) => row.id),
    estimates.sort(),
  ]);
  if (ifNoneMatch && ifNoneMatch === etag) return { etag };

  const rows = await getGenerationsByIds(db, [...visibleIds, ...created.map((row) => row.id)]);
  const views = await withEstimates(db, rows.map(toGenerationView));
  const byId = new Map(views.map((view) => [view.id, view]));
  return {
    etag,
    body: {
      items: request.ids.flatMap((id) => (visibleIds.has(id) ? (byId.get(id) ?? []) : [])),
      created: created.flatMap((row) => byId.get(row.id) ?? []),
      removed,
    },
  };
}

function weakEtag(value: unknown): string {
  return `W/"${createHash("sha1").update(JSON.stringify(value)).digest("base64url")}"`;
}
