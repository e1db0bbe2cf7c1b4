/**
 * Reading and changing takes for the gallery, the take page and the actions. Each query takes the database
 * first, so PGlite, Postgres and tests share them. The worker's leasing is in ./take-leases.ts.
 */
import type { CameraVerdict, ReviewState } from "@/lib/review/review-values";
import "server-only";
import { and, asc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import { users } from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import { favourites, takeReviews } from "@/lib/db/review-schema";
import { type NewTake, type Take, takes } from "@/lib/db/schema";
import type { AspectRatio, Duration, Mode, ModelName } from "@/lib/kling/fields";
import { FINISHED_STATUSES, type TakeStatus } from "@/lib/takes/statuses";

export async function insertTakeRow(db: Db, values: NewTake): Promise<Take> {
  const [row] = await db.insert(takes).values(values).returning();
  return row;
}

export async function getTake(db: Db, id: string): Promise<Take | undefined> {
  const [row] = await db.select().from(takes).where(eq(takes.id, id)).limit(1);
  return row;
}

/** A take with its creator's name: null when created_by names no member (gone, or "studio" from before accounts). */
export type TakeWithCreator = Take & { creatorName: string | null };

/** The columns of a take plus its creator's name; used with `fromWithCreator`. */
const withCreatorColumns = { ...getTableColumns(takes), creatorName: users.name };

function selectWithCreator(db: Db) {
  return db.select(withCreatorColumns).from(takes).leftJoin(users, eq(users.id, takes.createdBy));
}

export type TakeCursor = { createdAt: Date; id: string };

/** What the gallery can narrow a list by; every field is optional and they combine with AND. */
export type TakeFilter = {
  statuses?: readonly TakeStatus[];
  modelName?: ModelName;
  /** "none" (left to the model), "simple" or a preset type. */
  cameraType?: string;
  aspectRatio?: AspectRatio;
  createdBy?: string;
  /** Words to find in the prompt, case-insensitive. */
  search?: string;
  reviewState?: ReviewState;
  /** null: takes nobody has judged yet. */
  cameraVerdict?: CameraVerdict | null;
  /** The measured camera verdict; "pending": not measured (yet), or no verdict because no move was asked for. */
  cameraCheck?: CameraCheckVerdict | "pending";
  /** Only this member's favourites. */
  favouritesOf?: string;
  /** Only ready takes this member has not decided on. */
  needsReviewBy?: string;
};

/**
 * Visible (not deleted) takes, newest first, keyset-paginated so a page costs the same at any depth.
 * The ORDER BY spells out NULLS LAST to match the list indexes, or Postgres would sort instead.
 */
export async function listTakes(
  db: Db,
  options: { limit: number; cursor?: TakeCursor; filter?: TakeFilter },
): Promise<{ items: TakeWithCreator[]; nextCursor?: TakeCursor }> {
  const { limit, cursor, filter } = options;
  const rows = await selectWithCreator(db)
    .where(
      and(
        ...visibleConditions(filter),
        cursor
          ? sql`(${takes.createdAt}, ${takes.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(sql`${takes.createdAt} desc nulls last`, sql`${takes.id} desc nulls last`)
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined };
}

/**
 * Ids of visible takes newer than `after` that match the filter, oldest first, so a watcher that takes
 * them `limit` at a time never skips one.
 */
export async function listNewerTakeIds(
  db: Db,
  options: { after: TakeCursor; filter?: TakeFilter; limit: number },
): Promise<{ id: string; updatedAt: Date }[]> {
  const { after, filter, limit } = options;
  return db
    .select({ id: takes.id, updatedAt: takes.updatedAt })
    .from(takes)
    .where(
      and(
        ...visibleConditions(filter),
        sql`(${takes.createdAt}, ${takes.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id})`,
      ),
    )
    .orderBy(sql`${takes.createdAt} asc nulls first`, sql`${takes.id} asc nulls first`)
    .limit(limit);
}

/**
 * The columns a person sees change, per take: enough to tell whether a status answer changed without
 * loading whole rows. `updated_at` is left out on purpose: the worker rewrites it on every poll of a
 * running take, although nothing visible changed.
 */
export async function getTakeSignatures(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: takes.id,
      status: takes.status,
      deletedAt: takes.deletedAt,
      lastError: takes.lastError,
      failureMessage: takes.failureMessage,
      upstreamTaskId: takes.upstreamTaskId,
      unitsCharged: takes.unitsCharged,
      submittedAt: takes.submittedAt,
      upstreamFinishedAt: takes.upstreamFinishedAt,
      finishedAt: takes.finishedAt,
      videoKey: takes.videoKey,
      posterKey: takes.posterKey,
      modelName: takes.modelName,
      mode: takes.mode,
      duration: takes.duration,
      cameraCheckedAt: takes.cameraCheckedAt,
      cameraCheckAttempts: takes.cameraCheckAttempts,
    })
    .from(takes)
    .where(inArray(takes.id, ids));
}

/** A take as the gallery may show it: undefined when missing or deleted. */
export async function getVisibleTake(db: Db, id: string): Promise<TakeWithCreator | undefined> {
  const [row] = await selectWithCreator(db)
    .where(and(eq(takes.id, id), isNull(takes.deletedAt)))
    .limit(1);
  return row;
}

/** Hides a take (it keeps running if it was); returns it, or undefined when missing or already deleted. */
export async function softDeleteTakeRow(db: Db, options: { id: string; now: Date }): Promise<Take | undefined> {
  const [row] = await db
    .update(takes)
    .set({ deletedAt: options.now })
    .where(and(eq(takes.id, options.id), isNull(takes.deletedAt)))
    .returning();
  return row;
}

/** Undoes a soft delete; undefined when the take is missing or not deleted (e.g. already purged). */
export async function restoreTakeRow(db: Db, id: string): Promise<Take | undefined> {
  const [row] = await db
    .update(takes)
    .set({ deletedAt: null })
    .where(and(eq(takes.id, id), isNotNull(takes.deletedAt)))
    .returning();
  return row;
}

/** Finished takes deleted before `deletedBefore`: their media can go, then the rows. */
export async function listPurgeableTakes(
  db: Db,
  options: { deletedBefore: Date; limit: number },
): Promise<Pick<Take, "id" | "videoKey" | "posterKey">[]> {
  return db
    .select({ id: takes.id, videoKey: takes.videoKey, posterKey: takes.posterKey })
    .from(takes)
    .where(and(lt(takes.deletedAt, options.deletedBefore), inArray(takes.status, [...FINISHED_STATUSES])))
    .limit(options.limit);
}

export async function deleteTakeRows(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(takes).where(and(inArray(takes.id, ids), isNotNull(takes.deletedAt)));
}

/**
 * The gallery's creator filter: every member by name (value: their id), and the legacy creator
 * "studio" when visible takes from before accounts remain. `name` is null for "studio".
 */
export async function listCreators(db: Db, limit = 200): Promise<{ id: string; name: string | null }[]> {
  const [members, legacy] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name), asc(users.id)).limit(limit),
    db
      .select({ id: takes.id })
      .from(takes)
      .where(and(eq(takes.createdBy, LEGACY_CREATOR), isNull(takes.deletedAt)))
      .limit(1),
  ]);
  return legacy.length > 0 ? [...members, { id: LEGACY_CREATOR, name: null }] : members;
}

/** Who made takes before accounts existed. */
const LEGACY_CREATOR = "studio";

/**
 * How long Kling took (submit to its "succeed") for the latest ready takes of one kind, newest first:
 * the studio's own history is the only progress signal, since Kling reports none.
 */
export async function listRecentRenderTimes(
  db: Db,
  options: { modelName: ModelName; mode: Mode; duration: Duration; limit: number },
): Promise<number[]> {
  const rows = await db
    .select({
      ms: sql<number>`(extract(epoch from (${takes.upstreamFinishedAt} - ${takes.submittedAt})) * 1000)::float8`,
    })
    .from(takes)
    .where(
      and(
        eq(takes.status, "ready"),
        eq(takes.modelName, options.modelName),
        eq(takes.mode, options.mode),
        eq(takes.duration, options.duration),
        isNotNull(takes.upstreamFinishedAt),
        isNotNull(takes.submittedAt),
      ),
    )
    .orderBy(sql`${takes.upstreamFinishedAt} desc nulls last`)
    .limit(options.limit);
  return rows.map((row) => Number(row.ms)).filter((ms) => Number.isFinite(ms) && ms >= 0);
}

/** The conditions of a visible take matching `filter`; the shots view applies them to the takes inside a shot. */
export function visibleConditions(filter: TakeFilter = {}): (SQL | undefined)[] {
  return [
    isNull(takes.deletedAt),
    filter.statuses && filter.statuses.length > 0 ? inArray(takes.status, [...filter.statuses]) : undefined,
    filter.modelName ? eq(takes.modelName, filter.modelName) : undefined,
    filter.cameraType ? eq(takes.cameraType, filter.cameraType) : undefined,
    filter.aspectRatio ? eq(takes.aspectRatio, filter.aspectRatio) : undefined,
    filter.createdBy ? eq(takes.createdBy, filter.createdBy) : undefined,
    filter.search ? ilike(takes.prompt, `%${escapeLike(filter.search)}%`) : undefined,
    filter.reviewState ? eq(takes.reviewState, filter.reviewState) : undefined,
    filter.cameraVerdict === null
      ? isNull(takes.cameraVerdict)
      : filter.cameraVerdict
        ? eq(takes.cameraVerdict, filter.cameraVerdict)
        : undefined,
    filter.cameraCheck === "pending"
      ? isNull(takes.cameraCheckVerdict)
      : filter.cameraCheck
        ? eq(takes.cameraCheckVerdict, filter.cameraCheck)
        : undefined,
    // Per viewer: EXISTS on the favourites' and decisions' primary keys, one probe per candidate take.
    filter.favouritesOf !== undefined
      ? sql`exists (select 1 from ${favourites} where ${favourites.userId} = ${filter.favouritesOf} and ${favourites.takeId} = ${takes.id})`
      : undefined,
    filter.needsReviewBy !== undefined
      ? and(
          eq(takes.status, "ready"),
          sql`not exists (select 1 from ${takeReviews} where ${takeReviews.takeId} = ${takes.id} and ${takeReviews.reviewerId} = ${filter.needsReviewBy})`,
        )
      : undefined,
  ];
}

/** `%`, `_` and `\` typed by a person are literal characters, not patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function getTakesByIds(db: Db, ids: string[]): Promise<TakeWithCreator[]> {
  if (ids.length === 0) return [];
  return selectWithCreator(db).where(inArray(takes.id, ids));
}
