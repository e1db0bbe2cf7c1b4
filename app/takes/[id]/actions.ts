"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/session";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import { purgeDeletedTakes } from "@/lib/takes/purge";
import { deleteTake, restoreTake, retryTake } from "@/lib/takes/take-actions";
import { toTakeView } from "@/lib/takes/to-view";
import type { TakeView } from "@/lib/takes/view";

const takeId = z.uuid("That is not a take id.");

// Retry spends units, and delete/restore change what the team sees: all three need the "generate" permission.

/** Sends a failed take again as a new take with the same settings; returns the new take. */
export async function retryTakeAction(id: unknown): Promise<ActionResult<TakeView>> {
  return run("retryTakeAction", id, async (valid) => {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const take = await retryTake({
      context: runtime.workerContext,
      worker: runtime.worker,
      id: valid,
      actorId: user.id,
      takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
    });
    revalidatePath("/gallery");
    return toTakeView(take);
  });
}

/** Deletes a take (softly: it can be restored until it is purged). */
export async function deleteTakeAction(id: unknown): Promise<ActionResult<{ id: string }>> {
  return run("deleteTakeAction", id, async (valid) => {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const now = new Date();
    await deleteTake(runtime.database.db, { id: valid, now, actorId: user.id });
    // Deleting is when old deletions are cleared up; it needs no schedule of its own and never delays the answer.
    void purgeDeletedTakes({ db: runtime.database.db, storage: runtime.storage, now }).catch((error: unknown) =>
      console.warn("[purge]", error),
    );
    revalidatePath("/gallery");
    revalidatePath(`/takes/${valid}`);
    return { id: valid };
  });
}

/** Undoes a delete. */
export async function restoreTakeAction(id: unknown): Promise<ActionResult<TakeView>> {
  return run("restoreTakeAction", id, async (valid) => {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const take = await restoreTake(runtime.database.db, valid, { actorId: user.id });
    revalidatePath("/gallery");
    revalidatePath(`/takes/${valid}`);
    return toTakeView(take);
  });
}

async function run<T>(name: string, id: unknown, work: (id: string) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = takeId.safeParse(id);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That is not a take id." };
  try {
    return { ok: true, data: await work(parsed.data) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error(`[${name}]`, error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
