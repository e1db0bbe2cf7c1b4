/** Queries on generations. Each takes the database first, so PGlite, Postgres and tests share them. */
import "server-only";
import {
  and,
  asc,
  eq,
  getTableColumns,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  notInArray,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import type { AspectRatio, Duration, Mode, ModelName } from "@/lib/kling/fields";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { favourites, takeReviews, type CameraVerdict, type ReviewState } from "../review-schema";
import { ACTIVE_STATUSES, generations, type Generation, type GenerationStatus, type NewGeneration } from "../schema";

const TERMINAL = ["ready", "failed"] as const;
const UPSTREAM_ACTIVE = ["submitting", "submitted", "processing"] as const;

export async function insertGeneration(db: Db, values: NewGeneration): Promise<Generation> {
  const [row] = await db.insert(generations).values(values).returning();
  return row;
}

export async function getGeneration(db: Db, id: string): Promise<Generation | undefined> {
  const [row] = await db.select().from(generations).where(eq(generations.id, id)).limit(1);
  return row;
}

/** A take with its creator's name: null when created_by names no member (gone, or "studio" from before accounts). */
export type GenerationWithCreator = Generation & { creatorName: string | null };

/** The columns of a take plus its creator's name; used with `fromWithCreator`. */
const withCreatorColumns = { ...getTableColumns(generations), creatorName: users.name };

function selectWithCreator(db: Db) {
  return db.select(withCreatorColumns).from(generations).leftJoin(users, eq(users.id, generations.createdBy));
}

export type GenerationCursor = { createdAt: Date; id: string };

/** What the gallery can narrow a list by; every field is optional and they combine with AND. */
export type GenerationFilter = {
  statuses?: readonly GenerationStatus[];
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
export async function listGenerations(
  db: Db,
  options: { limit: number; cursor?: GenerationCursor; filter?: GenerationFilter },
): Promise<{ items: GenerationWithCreator[]; nextCursor?: GenerationCursor }> {
  const { limit, cursor, filter } = options;
  const rows = await selectWithCreator(db)
    .where(
      and(
        ...visibleConditions(filter),
        cursor
          ? sql`(${generations.createdAt}, ${generations.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(sql`${generations.createdAt} desc nulls last`, sql`${generations.id} desc nulls last`)
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined };
}

/**
 * Ids of visible takes newer than `after` that match the filter, oldest first, so a watcher that takes
 * them `limit` at a time never skips one.
 */
export async function listNewerGenerationIds(
  db: Db,
  options: { after: GenerationCursor; filter?: GenerationFilter; limit: number },
): Promise<{ id: string; updatedAt: Date }[]> {
  const { after, filter, limit } = options;
  return db
    .select({ id: generations.id, updatedAt: generations.updatedAt })
    .from(generations)
    .where(
      and(
        ...visibleConditions(filter),
        sql`(${generations.createdAt}, ${generations.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id})`,
      ),
    )
    .orderBy(sql`${generations.createdAt} asc nulls first`, sql`${generations.id} asc nulls first`)
    .limit(limit);
}

/**
 * The columns a person sees change, per take: enough to tell whether a status answer changed without
 * loading whole rows. `updated_at` is left out on purpose: the worker rewrites it on every poll of a
 * running take, although nothing visible changed.
 */
export async function getGenerationSignatures(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: generations.id,
      status: generations.status,
      deletedAt: generations.deletedAt,
      lastError: generations.lastError,
      failureMessage: generations.failureMessage,
      upstreamTaskId: generations.upstreamTaskId,
      unitsCharged: generations.unitsCharged,
      submittedAt: generations.submittedAt,
      upstreamFinishedAt: generations.upstreamFinishedAt,
      finishedAt: generations.finishedAt,
      videoKey: generations.videoKey,
      posterKey: generations.posterKey,
      modelName: generations.modelName,
      mode: generations.mode,
      duration: generations.duration,
      cameraCheckedAt: generations.cameraCheckedAt,
      cameraCheckAttempts: generations.cameraCheckAttempts,
    })
    .from(generations)
    .where(inArray(generations.id, ids));
}

/** A take as the gallery may show it: undefined when missing or deleted. */
export async function getVisibleGeneration(db: Db, id: string): Promise<GenerationWithCreator | undefined> {
  const [row] = await selectWithCreator(db)
    .where(and(eq(generations.id, id), isNull(generations.deletedAt)))
    .limit(1);
  return row;
}

/** Hides a take (it keeps running if it was); returns it, or undefined when missing or already deleted. */
export async function softDeleteGeneration(db: Db, options: { id: string; now: Date }): Promise<Generation | undefined> {
  const [row] = await db
    .update(generations)
    .set({ deletedAt: options.now })
    .where(and(eq(generations.id, options.id), isNull(generations.deletedAt)))
    .returning();
  return row;
}

/** Undoes a soft delete; undefined when the take is missing or not deleted (e.g. already purged). */
export async function restoreGeneration(db: Db, id: string): Promise<Generation | undefined> {
  const [row] = await db
    .update(generations)
    .set({ deletedAt: null })
    .where(and(eq(generations.id, id), isNotNull(generations.deletedAt)))
    .returning();
  return row;
}

/** Finished takes deleted before `deletedBefore`: their media can go, then the rows. */
export async function listPurgeableGenerations(
  db: Db,
  options: { deletedBefore: Date; limit: number },
): Promise<Pick<Generation, "id" | "videoKey" | "posterKey">[]> {
  return db
    .select({ id: generations.id, videoKey: generations.videoKey, posterKey: generations.posterKey })
    .from(generations)
    .where(
      and(
        lt(generations.deletedAt, options.deletedBefore),
        inArray(generations.status, [...TERMINAL]),
      ),
    )
    .limit(options.limit);
}

export async function deleteGenerationRows(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(generations).where(and(inArray(generations.id, ids), isNotNull(generations.deletedAt)));
}

/**
 * The gallery's creator filter: every member by name (value: their id), and the legacy creator
 * "studio" when visible takes from before accounts remain. `name` is null for "studio".
 */
export async function listCreators(db: Db, limit = 200): Promise<{ id: string; name: string | null }[]> {
  const [members, legacy] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name), asc(users.id)).limit(limit),
    db
      .select({ id: generations.id })
      .from(generations)
      .where(and(eq(generations.createdBy, LEGACY_CREATOR), isNull(generations.deletedAt)))
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
      ms: sql<number>`(extract(epoch from (${generations.upstreamFinishedAt} - ${generations.submittedAt})) * 1000)::float8`,
    })
    .from(generations)
    .where(
      and(
        eq(generations.status, "ready"),
        eq(generations.modelName, options.modelName),
        eq(generations.mode, options.mode),
        eq(generations.duration, options.duration),
        isNotNull(generations.upstreamFinishedAt),
        isNotNull(generations.submittedAt),
      ),
    )
    .orderBy(sql`${generations.upstreamFinishedAt} desc nulls last`)
    .limit(options.limit);
  return rows.map((row) => Number(row.ms)).filter((ms) => Number.isFinite(ms) && ms >= 0);
}

function visibleConditions(filter: GenerationFilter = {}): (SQL | undefined)[] {
  return [
    isNull(generations.deletedAt),
    filter.statuses && filter.statuses.length > 0 ? inArray(generations.status, [...filter.statuses]) : undefined,
    filter.modelName ? eq(generations.modelName, filter.modelName) : undefined,
    filter.cameraType ? eq(generations.cameraType, filter.cameraType) : undefined,
    filter.aspectRatio ? eq(generations.aspectRatio, filter.aspectRatio) : undefined,
    filter.createdBy ? eq(generations.createdBy, filter.createdBy) : undefined,
    filter.search ? ilike(generations.prompt, `%${escapeLike(filter.search)}%`) : undefined,
    filter.reviewState ? eq(generations.reviewState, filter.reviewState) : undefined,
    filter.cameraVerdict === null
      ? isNull(generations.cameraVerdict)
      : filter.cameraVerdict
        ? eq(generations.cameraVerdict, filter.cameraVerdict)
        : undefined,
    filter.cameraCheck === "pending"
      ? isNull(generations.cameraCheckVerdict)
      : filter.cameraCheck
        ? eq(generations.cameraCheckVerdict, filter.cameraCheck)
        : undefined,
    // Per viewer: EXISTS on the favourites' and decisions' primary keys, one probe per candidate take.
    filter.favouritesOf !== undefined
      ? sql`exists (select 1 from ${favourites} where ${favourites.userId} = ${filter.favouritesOf} and ${favourites.generationId} = ${generations.id})`
      : undefined,
    filter.needsReviewBy !== undefined
      ? and(
          eq(generations.status, "ready"),
          sql`not exists (select 1 from ${takeReviews} where ${takeReviews.generationId} = ${generations.id} and ${takeReviews.reviewerId} = ${filter.needsReviewBy})`,
        )
      : undefined,
  ];
}

/** `%`, `_` and `\` typed by a person are literal characters, not patterns. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function getGenerationsByIds(db: Db, ids: string[]): Promise<GenerationWithCreator[]> {
  if (ids.length === 0) return [];
  return selectWithCreator(db).where(inArray(generations.id, ids));
}

export async function findGenerationByUpstreamTask(
  db: Db,
  ref: { taskId?: string; externalTaskId?: string },
): Promise<Generation | undefined> {
  const conditions = [
    ref.taskId ? eq(generations.upstreamTaskId, ref.taskId) : undefined,
    ref.externalTaskId ? eq(generations.id, ref.externalTaskId) : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(generations)
    .where(or(...conditions))
    .limit(1);
  return row;
}

/** How many jobs hold (or may hold) one of the account's upstream slots. */
export async function countUpstreamActive(db: Db): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(generations)
    .where(inArray(generations.status, [...UPSTREAM_ACTIVE]));
  return row?.count ?? 0;
}

/**
 * Leases due jobs to one worker. `FOR UPDATE SKIP LOCKED` lets several processes claim from the same
 * table without ever handing one job to two of them; an expired lease (a crashed worker) is claimable.
 */
export async function claimDueGenerations(
  db: Db,
  options: { owner: string; leaseMs: number; limit: number; now: Date; queued: boolean },
): Promise<Generation[]> {
  const { owner, leaseMs, limit, now, queued } = options;
  if (limit <= 0) return [];
  return db.transaction(async (tx) => {
    const statusCondition = queued
      ? eq(generations.status, "queued")
      : inArray(
          generations.status,
          ACTIVE_STATUSES.filter((status) => status !== "queued"),
        );
    const due = await tx
      .select({ id: generations.id })
      .from(generations)
      .where(
        and(
          statusCondition,
          lte(generations.nextAttemptAt, now),
          or(isNull(generations.leaseExpiresAt), lt(generations.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(queued ? generations.createdAt : generations.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(generations)
      .set({ leaseOwner: owner, leaseExpiresAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          generations.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

/** Writes a job's progress, only while this worker still holds its lease (a lost lease writes nothing). */
export async function updateLeasedGeneration(
  db: Db,
  options: { id: string; owner: string; patch: Partial<NewGeneration> },
): Promise<Generation | undefined> {
  const [row] = await db
    .update(generations)
    .set({ ...options.patch, updatedAt: new Date() })
    .where(and(eq(generations.id, options.id), eq(generations.leaseOwner, options.owner)))
    .returning();
  return row;
}

export async function extendLeases(db: Db, options: { ids: string[]; owner: string; until: Date }): Promise<void> {
  if (options.ids.length === 0) return;
  await db
    .update(generations)
    .set({ leaseExpiresAt: options.until })
    .where(and(inArray(generations.id, options.ids), eq(generations.leaseOwner, options.owner)));
}

export async function releaseLease(db: Db, options: { id: string; owner: string }): Promise<void> {
  await db
    .update(generations)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(generations.id, options.id), eq(generations.leaseOwner, options.owner)));
}

/** Frees every lease: only safe when this process is the database's sole user (PGlite at start-up). */
export async function releaseAllLeases(db: Db): Promise<void> {
  await db
    .update(generations)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(notInArray(generations.status, [...TERMINAL]));
}
