/** Queries for running the take worker outside the web server. */
import "server-only";
import { and, lte, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { takes } from "@/lib/db/schema";
import { ACTIVE_STATUSES, FINISHED_STATUSES } from "@/lib/takes/statuses";
import { countTakesIn, noLiveLease } from "./take-leases";

export function countUnfinishedTakes(db: Db): Promise<number> {
  return countTakesIn(db, ACTIVE_STATUSES);
}

/**
 * How far behind the worker is: the oldest moment an unleased, unfinished take became due (null when
 * nothing is waiting). A healthy worker keeps this within a few ticks.
 */
export async function oldestDueAt(db: Db, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ oldest: sql<Date | string | null>`min(${takes.nextAttemptAt})` })
    .from(takes)
    .where(and(notInArray(takes.status, [...FINISHED_STATUSES]), lte(takes.nextAttemptAt, now), noLiveLease(now)));
  const oldest = row?.oldest;
  return oldest ? new Date(oldest) : null;
}
