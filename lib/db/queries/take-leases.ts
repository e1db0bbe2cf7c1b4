/**
 * The worker's side of the takes table: leasing due takes so no two workers handle one, writing a step's
 * result only under the lease, and finding a take by Kling's task id. Gallery reads are in ./takes.ts.
 */
import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type NewTake, type Take, takes } from "@/lib/db/schema";
import { ACTIVE_STATUSES, FINISHED_STATUSES, type TakeStatus, UPSTREAM_STATUSES } from "@/lib/takes/statuses";

export async function findTakeByUpstreamTask(
  db: Db,
  ref: { taskId?: string; externalTaskId?: string },
): Promise<Take | undefined> {
  const conditions = [
    ref.taskId ? eq(takes.upstreamTaskId, ref.taskId) : undefined,
    ref.externalTaskId ? eq(takes.id, ref.externalTaskId) : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return undefined;
  const [row] = await db
    .select()
    .from(takes)
    .where(or(...conditions))
    .limit(1);
  return row;
}

/** How many takes hold (or may hold) one of the account's upstream slots. */
export function countUpstreamActive(db: Db): Promise<number> {
  return countTakesIn(db, UPSTREAM_STATUSES);
}

/** How many takes are in one of these statuses. */
export async function countTakesIn(db: Db, statuses: readonly TakeStatus[]): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(takes)
    .where(inArray(takes.status, [...statuses]));
  return row?.count ?? 0;
}

/** No live lease holds the take: it was never leased, was released, or its worker's lease ran out. */
export function noLiveLease(now: Date): SQL | undefined {
  return or(isNull(takes.leaseExpiresAt), lt(takes.leaseExpiresAt, now));
}

/**
 * Leases due takes to one worker. `FOR UPDATE SKIP LOCKED` lets several processes claim from the same
 * table without ever handing one take to two of them; an expired lease (a crashed worker) is claimable.
 */
export async function claimDueTakes(
  db: Db,
  options: { owner: string; leaseMs: number; limit: number; now: Date; queued: boolean },
): Promise<Take[]> {
  const { owner, leaseMs, limit, now, queued } = options;
  if (limit <= 0) return [];
  return db.transaction(async (tx) => {
    const statusCondition = queued
      ? eq(takes.status, "queued")
      : inArray(
          takes.status,
          ACTIVE_STATUSES.filter((status) => status !== "queued"),
        );
    const due = await tx
      .select({ id: takes.id })
      .from(takes)
      .where(and(statusCondition, lte(takes.nextAttemptAt, now), noLiveLease(now)))
      .orderBy(asc(queued ? takes.createdAt : takes.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(takes)
      .set({ leaseOwner: owner, leaseExpiresAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          takes.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

/** Writes a take's progress, only while this worker still holds its lease (a lost lease writes nothing). */
export async function updateLeasedTake(
  db: Db,
  options: { id: string; owner: string; patch: Partial<NewTake> },
): Promise<Take | undefined> {
  const [row] = await db
    .update(takes)
    .set({ ...options.patch, updatedAt: new Date() })
    .where(and(eq(takes.id, options.id), eq(takes.leaseOwner, options.owner)))
    .returning();
  return row;
}

export async function extendLeases(db: Db, options: { ids: string[]; owner: string; until: Date }): Promise<void> {
  if (options.ids.length === 0) return;
  await db
    .update(takes)
    .set({ leaseExpiresAt: options.until })
    .where(and(inArray(takes.id, options.ids), eq(takes.leaseOwner, options.owner)));
}

export async function releaseLease(db: Db, options: { id: string; owner: string }): Promise<void> {
  await db
    .update(takes)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(takes.id, options.id), eq(takes.leaseOwner, options.owner)));
}

/** Frees every lease: only safe when this process is the database's sole user (PGlite at start-up). */
export async function releaseAllLeases(db: Db): Promise<void> {
  await db
    .update(takes)
    .set({ leaseOwner: null, leaseExpiresAt: null })
    .where(notInArray(takes.status, [...FINISHED_STATUSES]));
}
