/**
 * The job worker's timing queries: when the next job falls due (so the worker sleeps until then, not a
 * fixed tick), and a Kling callback's mark on its job.
 */
import "server-only";
import { and, asc, eq, isNull, lt, ne, notInArray, or } from "drizzle-orm";
import type { Db } from "../client";
import { generations, type Generation } from "../schema";

const TERMINAL = ["ready", "failed"] as const;

/**
 * The earliest `next_attempt_at` of an unfinished job no live lease holds. Queued jobs count only when
 * the caller can submit one (a free upstream slot); otherwise a due queued job would wake it for nothing.
 */
export async function nextDueAt(db: Db, options: { now: Date; includeQueued: boolean }): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: generations.nextAttemptAt })
    .from(generations)
    .where(
      and(
        notInArray(generations.status, [...TERMINAL]),
        options.includeQueued ? undefined : ne(generations.status, "queued"),
        or(isNull(generations.leaseExpiresAt), lt(generations.leaseExpiresAt, options.now)),
      ),
    )
    .orderBy(asc(generations.nextAttemptAt))
    .limit(1);
  return row?.at;
}

/**
 * Kling called back about this job: note when (it will call again on the next change, so regular polling
 * is no longer needed) and make it due now, so the worker confirms the news with a GET. Finished jobs are
 * left alone. Returns the job as updated, or undefined when it was already finished.
 */
export async function recordCallback(db: Db, options: { id: string; now: Date }): Promise<Generation | undefined> {
  const [row] = await db
    .update(generations)
    .set({ callbackAt: options.now, nextAttemptAt: options.now })
    .where(and(eq(generations.id, options.id), notInArray(generations.status, [...TERMINAL])))
    .returning();
  return row;
}
