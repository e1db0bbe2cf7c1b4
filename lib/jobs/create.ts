/** Storing a new take and sending it: the server action's work, kept out of the action itself. */
import "server-only";
import { randomUUID } from "node:crypto";
import { insertGeneration } from "@/lib/db/queries/generations";
import type { Generation } from "@/lib/db/schema";
import { estimateUnits } from "@/lib/kling/pricing";
import type { GenerationParams } from "@/lib/kling/schema";
import { assertWithinSpendingCap } from "@/lib/spending/cap";
import type { JobContext } from "./context";
import type { GenerationWorker } from "./worker";

export async function createGeneration(
  ctx: JobContext,
  worker: GenerationWorker,
  options: { params: GenerationParams; createdBy: string; batchId?: string; submitNow?: boolean },
): Promise<Generation> {
  const { params } = options;
  const now = ctx.now();
  const units = estimateUnits(params);
  // The row exists (leased to us) before anything is sent, so the take survives whatever happens next.
  // The cap check and the insert share a transaction: the check's lock keeps two submissions from
  // both spending the team's last units.
  const job = await ctx.db.transaction(async (tx) => {
    await assertWithinSpendingCap(tx, { units, now });
    return insertGeneration(tx, {
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      createdBy: options.createdBy,
      batchId: options.batchId ?? null,
      modelName: params.model_name,
      prompt: params.prompt,
      negativePrompt: params.negative_prompt ?? "",
      cfgScale: params.cfg_scale,
      mode: params.mode,
      aspectRatio: params.aspect_ratio,
      duration: params.duration,
      cameraControl: params.camera_control ?? null,
      status: "queued",
      unitsEstimated: units,
      nextAttemptAt: now,
      leaseOwner: options.submitNow === false ? null : ctx.owner,
      leaseExpiresAt: options.submitNow === false ? null : new Date(now.getTime() + 60_000),
    });
  });
  if (options.submitNow === false) {
    worker.wake();
    return job;
  }
  return worker.runLeased(job);
}
