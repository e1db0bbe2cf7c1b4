/**
 * Kling's status callback, as the studio takes it. Callbacks are unsigned, so the body is only a hint:
 * it names a take, which is marked as called back (from now on polled only on the slow safety interval,
 * since Kling calls again on its next change) and made due, so the worker confirms with a GET before
 * believing anything. A forged body can therefore never finish a take; at worst it slows that take's
 * polling to the safety interval.
 */
import { findTakeByUpstreamTask } from "@/lib/db/queries/take-leases";
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordCallback } from "@/lib/db/queries/take-schedule";
import type { TakeWorker } from "./worker";

export type CallbackOutcome = "noted" | "finished" | "unknown";

export async function acceptCallback(
  db: Db,
  worker: Pick<TakeWorker, "wake">,
  hint: { taskId?: string; externalTaskId?: string },
  now: Date = new Date(),
): Promise<CallbackOutcome> {
  const take = await findTakeByUpstreamTask(db, { taskId: hint.taskId, externalTaskId: hint.externalTaskId });
  if (!take) return "unknown";
  const noted = await recordCallback(db, { id: take.id, now });
  if (!noted) return "finished";
  worker.wake();
  return "noted";
}
