/** What a take's page can do to a take: retry it as a new take, delete it (softly) and bring it back. */
import "server-only";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { getVisibleGeneration, restoreGeneration, softDeleteGeneration } from "@/lib/db/queries/generations";
import type { Generation } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { JobContext } from "@/lib/jobs/context";
import { createGeneration } from "@/lib/jobs/create";
import type { GenerationWorker } from "@/lib/jobs/worker";
import { generationParamsSchema } from "@/lib/kling/schema";
import { settingsOf } from "./take-settings";

/**
 * A failed take (Kling's failure, a refusal, a deadline) sent again as a NEW take with the same
 * parameters, so the failure stays on record. Parameters are checked again: the rules may have changed.
 */
export async function retryTake(input: {
  jobs: JobContext;
  worker: GenerationWorker;
  id: string;
  /** Who retries: the new take is theirs (it spends again). Defaults to the original's creator. */
  actorId?: string;
  /** The retrying member's limit on new takes a minute (lib/rate-limit/take-rate.ts). */
  takesPerMinute?: number;
}): Promise<Generation> {
  const take = await getVisibleGeneration(input.jobs.db, input.id);
  if (!take) throw new AppError("not_found:generation", "This take no longer exists.");
  if (take.status !== "failed") {
    throw new AppError("conflict:not_failed", "Only a failed take can be retried. Use Remix to make a variation.");
  }
  const params = generationParamsSchema.safeParse(settingsOf(take));
  if (!params.success) {
    throw new AppError("bad_request:params", "This take's settings are no longer accepted; open it in the studio with Remix.");
  }
  // Not in the original's batch: a batch's takes were made together, a retry is made later on its own.
  return createGeneration(input.jobs, input.worker, {
    params: params.data,
    createdBy: input.actorId ?? take.createdBy,
    actorId: input.actorId,
    activityDetail: { retryOf: take.id },
    takesPerMinute: input.takesPerMinute,
  });
}

/** Hides a take everywhere at once; its media stays until it is purged, so the deletion can be undone. */
export async function deleteTake(db: Db, input: { id: string; now: Date; actorId?: string }): Promise<Generation> {
  return db.transaction(async (tx) => {
    const deleted = await softDeleteGeneration(tx, input);
    if (!deleted) throw new AppError("not_found:generation", "This take was already deleted.");
    if (input.actorId) await recordActivity(tx, { actorId: input.actorId, kind: "deleted", generationId: input.id, at: input.now });
    return deleted;
  });
}

export async function restoreTake(db: Db, id: string, options: { actorId?: string } = {}): Promise<Generation> {
  return db.transaction(async (tx) => {
    const restored = await restoreGeneration(tx, id);
    if (!restored) throw new AppError("not_found:generation", "This take can no longer be restored.");
    if (options.actorId) await recordActivity(tx, { actorId: options.actorId, kind: "restored", generationId: id });
    return restored;
  });
}
