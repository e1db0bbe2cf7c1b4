/**
 * The take worker's timing queries: when the next take falls due (so the worker sleeps until then, not a
 * fixed tick), and a Kling callback's mark on its take.
 */
import "server-only";
import { and, asc, eq, ne, notInArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type Take, takes } from "@/lib/db/schema";
import { FINISHED_STATUSES } from "@/lib/takes/statuses";
import { noLiveLease } from "./take-leases";

/**
 * The earliest `next_attempt_at` of an unfinished take no live lease holds. Queued takes count only when
 * the caller can submit one (a free upstream slot); otherwise a due queued take would wake it for nothing.
 */
export async function nextDueAt(db: Db, options: { now: Date; includeQueued: boolean }): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: takes.nextAttemptAt })
    .from(takes)
    .where(
      and(
        notInArray(takes.status, [...FINISHED_STATUSES]),
        options.includeQueued ? undefined : ne(takes.status, "queued"),
        noLiveLease(options.now),
      ),
    )
    .orderBy(asc(takes.nextAttemptAt))
    .limit(1);
  return row?.at;
}

/**
 * Kling called back about this take: note when (it will call again on the next change, so regular polling
 * is no longer needed) and make it due now, so the worker confirms the news with a GET. Finished takes are
 * left alone. Returns the take as updated, or undefined when it was already finished.
 */
export async function recordCallback(db: Db, options: { id: string; now: Date }): Promise<Take | undefined> {
  const [row] = await db
    .update(takes)
    .set({ callbackAt: options.now, nextAttemptAt: options.now })
    .where(and(eq(takes.id, options.id), notInArray(takes.status, [...FINISHED_STATUSES])))
    .returning();
  return row;
}
