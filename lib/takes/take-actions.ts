/** What a take's page can do to a take: retry it as a new take, delete it (softly) and bring it back. */
import "server-only";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { getVisibleTake, restoreTakeRow, softDeleteTakeRow } from "@/lib/db/queries/takes";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { takeParamsSchema } from "@/lib/kling/schema";
import type { WorkerContext } from "@/lib/worker/context";
import { createTake } from "@/lib/worker/create";
import type { TakeWorker } from "@/lib/worker/worker";
import { settingsOf } from "./take-settings";

/**
 * A failed take (Kling's failure, a refusal, a deadline) sent again as a NEW take with the same
 * parameters, so the failure stays on record. Parameters are checked again: the rules may have changed.
 */
export async function retryTake(input: {
  context: WorkerContext;
  worker: TakeWorker;
  id: string;
  /** Who retries: the new take is theirs (it spends again). Defaults to the original's creator. */
  actorId?: string;
  /** The retrying member's limit on new takes a minute (lib/rate-limit/take-rate.ts). */
  takesPerMinute?: number;
}): Promise<Take> {
  const take = await getVisibleTake(input.context.db, input.id);
  if (!take) throw new AppError("not_found:take", "This take no longer exists.");
  if (take.status !== "failed") {
    throw new AppError("conflict:not_failed", "Only a failed take can be retried. Use Remix to make a variation.");
  }
  const params = takeParamsSchema.safeParse(settingsOf(take));
  if (!params.success) {
    throw new AppError(
      "bad_request:params",
      "This take's settings are no longer accepted; open it in the studio with Remix.",
    );
  }
  // Not in the original's batch: a batch's takes were made together, a retry is made later on its own.
  return createTake(input.context, input.worker, {
    params: params.data,
    createdBy: input.actorId ?? take.createdBy,
    actorId: input.actorId,
    activityDetail: { retryOf: take.id },
    takesPerMinute: input.takesPerMinute,
  });
}

/** Hides a take everywhere at once; its media stays until it is purged, so the deletion can be undone. */
export async function deleteTake(db: Db, input: { id: string; now: Date; actorId?: string }): Promise<Take> {
  return db.transaction(async (tx) => {
    const deleted = await softDeleteTakeRow(tx, input);
    if (!deleted) throw new AppError("not_found:take", "This take was already deleted.");
    if (input.actorId)
      await recordActivity(tx, { actorId: input.actorId, kind: "deleted", takeId: input.id, at: input.now });
    return deleted;
  });
}

export async function restoreTake(db: Db, id: string, options: { actorId?: string } = {}): Promise<Take> {
  return db.transaction(async (tx) => {
    const restored = await restoreTakeRow(tx, id);
    if (!restored) throw new AppError("not_found:take", "This take can no longer be restored.");
    if (options.actorId) await recordActivity(tx, { actorId: options.actorId, kind: "restored", takeId: id });
    return restored;
  });
}
