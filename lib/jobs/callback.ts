/**
 * Kling's status callback, as the studio takes it. Callbacks are unsigned, so the body is only a hint:
 * it names a job, which is marked as called back (from now on polled only on the slow safety interval,
 * since Kling calls again on its next change) and made due, so the worker confirms with a GET before
 * believing anything. A forged body can therefore never finish a job; at worst it slows that job's
 * polling to the safety interval.
 */
import "server-only";
import { findGenerationByUpstreamTask } from "@/lib/db/queries/generations";
import { recordCallback } from "@/lib/db/queries/generation-schedule";
import type { Db } from "@/lib/db/client";
import type { GenerationWorker } from "./worker";

export type CallbackOutcome = "noted" | "finished" | "unknown";

export async function acceptCallback(
  db: Db,
  worker: Pick<GenerationWorker, "wake">,
  hint: { taskId?: string; externalTaskId?: string },
  now: Date = new Date(),
): Promise<CallbackOutcome> {
  const job = await findGenerationByUpstreamTask(db, { taskId: hint.taskId, externalTaskId: hint.externalTaskId });
  if (!job) return "unknown";
  const noted = await recordCallback(db, { id: job.id, now });
  if (!noted) return "finished";
  worker.wake();
  return "noted";
}
