"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { log } from "@/lib/log";
import { runAction } from "@/lib/server-action";
import { purgeDeletedTakes } from "@/lib/takes/purge";
import { deleteTake, restoreTake, retryTake } from "@/lib/takes/take-actions";
import { toTakeView } from "@/lib/takes/to-view";
import type { TakeView } from "@/lib/takes/view";

const takeId = z.uuid("That is not a take id.");

// Retry spends units, and delete/restore change what the team sees: all three need the "generate" permission.

/** Sends a failed take again as a new take with the same settings; returns the new take. */
export async function retryTakeAction(id: unknown): Promise<ActionResult<TakeView>> {
  return runAction({
    name: "retryTakeAction",
    permission: "generate",
    schema: takeId,
    input: id,
    revalidate: ["/gallery"],
    work: async (valid, { actor, runtime }) => {
      const take = await retryTake({
        context: runtime.workerContext,
        worker: runtime.worker,
        id: valid,
        actorId: actor.id,
        takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
      });
      return toTakeView(take);
    },
  });
}

/** Deletes a take (softly: it can be restored until it is purged). */
export async function deleteTakeAction(id: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    name: "deleteTakeAction",
    permission: "generate",
    schema: takeId,
    input: id,
    revalidate: (valid) => ["/gallery", `/takes/${valid}`],
    work: async (valid, { actor, db, runtime }) => {
      const now = new Date();
      await deleteTake(db, { id: valid, now, actorId: actor.id });
      // Deleting is when old deletions are cleared up; it needs no schedule of its own and never delays the answer.
      void purgeDeletedTakes({ db, storage: runtime.storage, now }).catch((error: unknown) =>
        log.warn("purge failed", { error }),
      );
      return { id: valid };
    },
  });
}

/** Undoes a delete. */
export async function restoreTakeAction(id: unknown): Promise<ActionResult<TakeView>> {
  return runAction({
    name: "restoreTakeAction",
    permission: "generate",
    schema: takeId,
    input: id,
    revalidate: (valid) => ["/gallery", `/takes/${valid}`],
    work: async (valid, { actor, db }) => toTakeView(await restoreTake(db, valid, { actorId: actor.id })),
  });
}
