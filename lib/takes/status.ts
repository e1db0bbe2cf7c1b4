/**
 * The answer to one poll of a browser tab: the running takes it watches, takes created since its newest
 * one (matching its filters), and watched takes that were deleted. Reads only our database: browsers
 * never cause a request to Kling, only the worker does, so tabs can multiply without costing upstream.
 *
 * Conditional: the ETag is a hash of what a person would see (not of `updated_at`, which the worker
 * bumps on every poll), so an unchanged answer costs two small indexed queries and an empty 304.
 *
 * Waiting: a tab may ask the server to hold an unchanged answer for most of its interval (`wait`); the
 * answer then goes out as soon as something changes (a worker step, seen at once in this process, or a
 * re-read every RECHECK_MS for changes made by other processes). A take that turns playable reaches the
 * tab within moments instead of up to one tab interval later, and the tab still sends one request per interval.
 */
import { isActiveStatus } from "./statuses";
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { getTakeSignatures, getTakesByIds, listNewerTakeIds } from "@/lib/db/queries/takes";
import { estimateRenderTime, withEstimates } from "./estimates";
import { decodeCursor, type GalleryFilters, type ListCursor, parseGalleryFilters } from "./filters";
import { toTakeFilter } from "./gallery-data";
import { toTakeView } from "./to-view";
import type { TakeStatusBody } from "./view";

const MAX_WATCHED_IDS = 200;
/** New takes reported per answer; more arrive on the next poll (oldest first, so none is skipped). */
const MAX_CREATED_PER_ANSWER = 50;
/** The longest a request may be held waiting for a change. */
export const MAX_WAIT_MS = 5_000;
/** While held, how often the answer is read again when no worker step in this process prompts it. */
const RECHECK_MS = 500;

export type StatusRequest = {
  ids: string[];
  after?: ListCursor;
  filters: GalleryFilters;
  /** How long an unchanged answer may be held waiting for a change (0: answer at once). */
  waitMs?: number;
  /** Who asks, for the per-viewer filters (favourites, needs my review). */
  viewerId?: string;
};

const waitSchema = z.coerce
  .number("wait must be a number of milliseconds")
  .int("wait must be a whole number of milliseconds")
  .min(0, "wait must not be negative")
  .max(MAX_WAIT_MS, `wait is at most ${MAX_WAIT_MS} ms`);

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
  const wait = waitSchema.safeParse(url.searchParams.get("wait") ?? 0);
  if (!wait.success) return { ok: false, message: wait.error.issues[0]?.message ?? "wait is invalid" };
  return {
    ok: true,
    value: { ids: ids.data, after, filters: parseGalleryFilters(url.searchParams), waitMs: wait.data },
  };
}

/**
 * readTakeStatus, held while the answer is unchanged (`request.waitMs`, at most MAX_WAIT_MS):
 * read again after each `onChange` signal (a worker step in this process) or every RECHECK_MS, and
 * answered as soon as the ETag differs, at the deadline (304), or when `signal` aborts (the tab left).
 */
export async function waitForTakeStatus(
  db: Db,
  request: StatusRequest,
  ifNoneMatch: string | null | undefined,
  options: { onChange?: (listener: () => void) => () => void; signal?: AbortSignal; recheckMs?: number } = {},
): Promise<StatusAnswer> {
  const deadline = Date.now() + Math.min(request.waitMs ?? 0, MAX_WAIT_MS);
  let answer = await readTakeStatus(db, request, ifNoneMatch);
  while (!answer.body && Date.now() < deadline && !options.signal?.aborted) {
    await nextChange({ ...options, until: Math.min(deadline, Date.now() + (options.recheckMs ?? RECHECK_MS)) });
    if (options.signal?.aborted) break;
    answer = await readTakeStatus(db, request, ifNoneMatch);
  }
  return answer;
}

/** Resolves at the first change signal, at `until`, or when `signal` aborts, whichever comes first. */
function nextChange(input: { onChange?: (listener: () => void) => () => void; signal?: AbortSignal; until: number }) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe?.();
      input.signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, input.until - Date.now()));
    const unsubscribe = input.onChange?.(done);
    input.signal?.addEventListener("abort", done, { once: true });
  });
}

export type StatusAnswer = { etag: string; body?: TakeStatusBody };

/** `body` is left out when `ifNoneMatch` names the current answer. */
export async function readTakeStatus(
  db: Db,
  request: StatusRequest,
  ifNoneMatch?: string | null,
): Promise<StatusAnswer> {
  const [signatures, created] = await Promise.all([
    getTakeSignatures(db, request.ids),
    request.after
      ? listNewerTakeIds(db, {
          after: request.after,
          filter: toTakeFilter(request.filters, request.viewerId),
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
        const estimate = await estimateRenderTime(db, {
          model_name: row.modelName,
          mode: row.mode,
          duration: row.duration,
        });
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

  const rows = await getTakesByIds(db, [...visibleIds, ...created.map((row) => row.id)]);
  const views = await withEstimates(db, rows.map(toTakeView));
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
