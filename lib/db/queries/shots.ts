/**
 * Reading and changing shots: a shot's page, the gallery's shots view, circling, moving and renaming.
 * Each query takes the database (or a transaction) first. A shot is visible while at least one of its
 * takes is; the database itself removes a shot whose last take is gone (migration 0006).
 */
import "server-only";
import {
  and,
  count,
  desc,
  eq,
  exists,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  ne,
  type SQL,
  sql,
} from "drizzle-orm";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { type Shot, shots, takes } from "../schema";
import { type TakeCursor, type TakeFilter, type TakeWithCreator, visibleConditions } from "./takes";

/** At least one take of the shot is visible (and matches `filter`, when given). */
function hasVisibleTake(db: Db, filter: TakeFilter = {}): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(takes)
      .where(and(eq(takes.shotId, shots.id), ...visibleConditions(filter))),
  );
}

/** A shot with a visible take, and the name of whoever circled its take; undefined when gone or hidden. */
export async function getVisibleShot(
  db: Db,
  id: string,
): Promise<(Shot & { circledByName: string | null }) | undefined> {
  const [row] = await db
    .select({ shot: shots, circledByName: users.name })
    .from(shots)
    .leftJoin(users, eq(users.id, shots.circledBy))
    .where(and(eq(shots.id, id), hasVisibleTake(db)))
    .limit(1);
  return row ? { ...row.shot, circledByName: row.circledByName } : undefined;
}

/** The shot, locked until the transaction ends, so two circles or renames at once apply one after the other. */
export async function lockShot(db: Db, id: string): Promise<Shot | undefined> {
  const [row] = await db.select().from(shots).where(eq(shots.id, id)).limit(1).for("update");
  return row;
}

export async function insertShot(
  db: Db,
  values: { id: string; createdAt: Date; createdBy: string; namedAfterPrompt: string },
): Promise<Shot> {
  const [row] = await db
    .insert(shots)
    .values({
      id: values.id,
      createdAt: values.createdAt,
      createdBy: values.createdBy,
      // The database's own rule for a shot's default name (the prompt's first words), defined once in SQL.
      name: sql`shot_name_from_prompt(${values.namedAfterPrompt})`,
    })
    .returning();
  return row;
}

export async function updateShotCircle(
  db: Db,
  values: { id: string; takeId: string | null; by: string | null; at: Date | null },
): Promise<void> {
  await db
    .update(shots)
    .set({ circledTakeId: values.takeId, circledBy: values.by, circledAt: values.at })
    .where(eq(shots.id, values.id));
}

export async function updateShotName(db: Db, values: { id: string; name: string }): Promise<void> {
  await db.update(shots).set({ name: values.name }).where(eq(shots.id, values.id));
}

export async function updateTakeShot(db: Db, values: { takeId: string; shotId: string }): Promise<void> {
  await db.update(takes).set({ shotId: values.shotId }).where(eq(takes.id, values.takeId));
}

export async function countVisibleTakesInShot(db: Db, shotId: string): Promise<number> {
  const [row] = await db
    .select({ takes: count() })
    .from(takes)
    .where(and(eq(takes.shotId, shotId), isNull(takes.deletedAt)));
  return row?.takes ?? 0;
}

/** Visible shots, newest first, with how many visible takes each holds: where a take can be moved to. */
export async function listRecentShots(
  db: Db,
  options: { limit: number; excluding?: string },
): Promise<{ id: string; name: string; takes: number }[]> {
  const page = await db
    .select({ id: shots.id, name: shots.name })
    .from(shots)
    .where(and(hasVisibleTake(db), options.excluding ? ne(shots.id, options.excluding) : undefined))
    .orderBy(desc(shots.createdAt), desc(shots.id))
    .limit(options.limit);
  const counts = await countTakesByShot(
    db,
    page.map((shot) => shot.id),
  );
  return page.map((shot) => ({ ...shot, takes: counts.get(shot.id) ?? 0 }));
}

async function countTakesByShot(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ shotId: takes.shotId, takes: count() })
    .from(takes)
    .where(and(inArray(takes.shotId, ids), isNull(takes.deletedAt)))
    .groupBy(takes.shotId);
  return new Map(rows.map((row) => [row.shotId, row.takes]));
}

/** One card of the shots view, before it is shaped for the browser. */
export type ShotSummaryRow = {
  id: string;
  name: string;
  createdAt: Date;
  takes: number;
  approved: number;
  changesRequested: number;
  unreviewed: number;
  poster: { takeId: string; posterKey: string; aspectRatio: string; circled: boolean } | null;
};

/**
 * Shots with at least one visible take matching `filter`, newest shot first, keyset-paginated like the
 * takes list. Counts are of the matching visible takes; the poster is the circled take's (while it is
 * visible), else the newest ready matching take's.
 */
export async function listShotSummaries(
  db: Db,
  options: { limit: number; cursor?: TakeCursor; filter?: TakeFilter },
): Promise<{ items: ShotSummaryRow[]; nextCursor?: TakeCursor }> {
  const { limit, cursor, filter = {} } = options;
  const rows = await db
    .select({ id: shots.id, name: shots.name, createdAt: shots.createdAt, circledTakeId: shots.circledTakeId })
    .from(shots)
    .where(
      and(
        hasVisibleTake(db, filter),
        cursor
          ? sql`(${shots.createdAt}, ${shots.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`
          : undefined,
      ),
    )
    .orderBy(sql`${shots.createdAt} desc nulls last`, sql`${shots.id} desc nulls last`)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const [counts, newest, circled] = await Promise.all([
    reviewCounts(db, ids, filter),
    newestPosters(db, ids, filter),
    circledPosters(
      db,
      page.flatMap((row) => (row.circledTakeId ? [row.circledTakeId] : [])),
    ),
  ]);
  const items = page.map((row): ShotSummaryRow => {
    const tally = counts.get(row.id);
    const pick = row.circledTakeId ? circled.get(row.circledTakeId) : undefined;
    const fallback = newest.get(row.id);
    return {
      id: row.id,
      name: row.name,
      createdAt: row.createdAt,
      takes: tally?.takes ?? 0,
      approved: tally?.approved ?? 0,
      changesRequested: tally?.changesRequested ?? 0,
      unreviewed: tally?.unreviewed ?? 0,
      poster: pick ? { ...pick, circled: true } : fallback ? { ...fallback, circled: false } : null,
    };
  });
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined };
}

async function reviewCounts(db: Db, ids: string[], filter: TakeFilter) {
  if (ids.length === 0) return new Map();
  const countWhere = (state: string) => sql<number>`(count(*) filter (where ${takes.reviewState} = ${state}))::int`;
  const rows = await db
    .select({
      shotId: takes.shotId,
      takes: sql<number>`count(*)::int`,
      approved: countWhere("approved"),
      changesRequested: countWhere("changes_requested"),
      unreviewed: countWhere("unreviewed"),
    })
    .from(takes)
    .where(and(inArray(takes.shotId, ids), ...visibleConditions(filter)))
    .groupBy(takes.shotId);
  return new Map(rows.map((row) => [row.shotId, row]));
}

const posterColumns = { takeId: takes.id, posterKey: takes.posterKey, aspectRatio: takes.aspectRatio };

async function newestPosters(db: Db, ids: string[], filter: TakeFilter) {
  if (ids.length === 0) return new Map<string, { takeId: string; posterKey: string; aspectRatio: string }>();
  const rows = await db
    .selectDistinctOn([takes.shotId], { shotId: takes.shotId, ...posterColumns })
    .from(takes)
    .where(
      and(
        inArray(takes.shotId, ids),
        eq(takes.status, "ready"),
        isNotNull(takes.posterKey),
        ...visibleConditions(filter),
      ),
    )
    .orderBy(takes.shotId, desc(takes.createdAt), desc(takes.id));
  return new Map(
    rows.flatMap((row) =>
      row.posterKey
        ? [[row.shotId, { takeId: row.takeId, posterKey: row.posterKey, aspectRatio: row.aspectRatio }]]
        : [],
    ),
  );
}

async function circledPosters(db: Db, takeIds: string[]) {
  if (takeIds.length === 0) return new Map<string, { takeId: string; posterKey: string; aspectRatio: string }>();
  const rows = await db
    .select(posterColumns)
    .from(takes)
    .where(and(inArray(takes.id, takeIds), isNull(takes.deletedAt), isNotNull(takes.posterKey)));
  return new Map(
    rows.flatMap((row) =>
      row.posterKey
        ? [[row.takeId, { takeId: row.takeId, posterKey: row.posterKey, aspectRatio: row.aspectRatio }]]
        : [],
    ),
  );
}

/** The shot's visible takes with their creators' names, newest first: the shot page's grid. */
export async function listShotTakes(db: Db, shotId: string): Promise<TakeWithCreator[]> {
  return db
    .select({ ...getTableColumns(takes), creatorName: users.name })
    .from(takes)
    .leftJoin(users, eq(users.id, takes.createdBy))
    .where(and(eq(takes.shotId, shotId), isNull(takes.deletedAt)))
    .orderBy(desc(takes.createdAt), desc(takes.id));
}
