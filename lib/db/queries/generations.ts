/** Queries on generations. Each takes the database first, so PGlite, Postgres and tests share them. */
import "server-only";
import { and, asc, desc, eq, inArray, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { ACTIVE_STATUSES, generations, type Generation, type NewGeneration } from "../schema";

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

export type GenerationCursor = { createdAt: Date; id: string };

/** Newest first, keyset-paginated so a page costs the same at any depth. */
export async function listGenerations(
  db: Db,
  options: { limit: number; cursor?: GenerationCursor },
): Promise<{ items: Generation[]; nextCursor?: GenerationCursor }> {
  const { limit, cursor } = options;
  const rows = await db
    .select()
    .from(generations)
    .where(
      cursor
        ? or(
            lt(generations.createdAt, cursor.createdAt),
            and(eq(generations.createdAt, cursor.createdAt), lt(generations.id, cursor.id)),
          )
        : undefined,
    )
    .orderBy(desc(generations.createdAt), desc(generations.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : undefined };
}

export async function getGenerationsByIds(db: Db, ids: string[]): Promise<Generation[]> {
  if (ids.length === 0) return [];
  return db.select().from(generations).where(inArray(generations.id, ids));
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

/** A hint (e.g. a callback) that the job changed upstream: check it at the next worker round. */
export async function markGenerationDue(db: Db, id: string, now: Date = new Date()): Promise<void> {
  await db
    .update(generations)
    .set({ nextAttemptAt: now })
    .where(and(eq(generations.id, id), notInArray(generations.status, [...TERMINAL])));
}
