/** Queries for running the job worker outside the web server. */
import "server-only";
import { and, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { generations } from "../schema";

export async function countUnfinishedGenerations(db: Db): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(generations)
    .where(notInArray(generations.status, ["ready", "failed"]));
  return row?.count ?? 0;
}

/**
 * How far behind the worker is: the oldest moment an unleased, unfinished job became due (null when
 * nothing is waiting). A healthy worker keeps this within a few ticks.
 */
export async function oldestDueAt(db: Db, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ oldest: sql<Date | string | null>`min(${generations.nextAttemptAt})` })
    .from(generations)
    .where(
      and(
        notInArray(generations.status, ["ready", "failed"]),
        lte(generations.nextAttemptAt, now),
        or(isNull(generations.leaseExpiresAt), lt(generations.leaseExpiresAt, now)),
      ),
    );
  const oldest = row?.oldest;
  return oldest ? new Date(oldest) : null;
}
