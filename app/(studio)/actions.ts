"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { clearModelUnavailable } from "@/lib/db/queries/model-availability";
import type { Take } from "@/lib/db/schema";
import { expandBatch, takeBatchSchema } from "@/lib/kling/batch.schema";
import { MODEL_NAMES } from "@/lib/kling/fields";
import { takeParamsSchema } from "@/lib/kling/schema";
import { runAction } from "@/lib/server-action";
import { joinShotSchema } from "@/lib/shots/shot.schema";
import { toTakeView } from "@/lib/takes/to-view";
import type { TakeView } from "@/lib/takes/view";
import { createTake, createTakeBatch } from "@/lib/worker/create";
import { MODEL_UNAVAILABLE_CODE } from "@/lib/worker/model-refusal";

/** Validates a take's parameters, stores it and sends it to Kling; a remix may name the shot it joins (`shot_id`). */
export async function createTakeAction(input: unknown): Promise<ActionResult<TakeView>> {
  const stored = await runAction({
    name: "createTakeAction",
    permission: "generate",
    schema: z.intersection(takeParamsSchema, joinShotSchema),
    input,
    invalidMessage: "Some settings need a change before this can be generated.",
    revalidate: ["/gallery"],
    work: ({ shot_id: shotId, ...params }, { actor, runtime }) =>
      createTake(runtime.workerContext, runtime.worker, {
        params,
        shotId,
        createdBy: actor.id,
        actorId: actor.id,
        takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
      }),
  });
  return stored.ok ? answerFor(stored.data) : stored;
}

/**
 * Validates a batch (variations or a camera sweep) and stores every take under one batch id, all or
 * none. The takes are queued rather than sent at once, so the worker sends them as the account's
 * concurrency allows.
 */
export async function createTakeBatchAction(input: unknown): Promise<ActionResult<TakeView[]>> {
  return runAction({
    name: "createTakeBatchAction",
    permission: "generate",
    schema: z.intersection(takeBatchSchema, joinShotSchema),
    input,
    invalidMessage: "Some settings need a change before this batch can be generated.",
    revalidate: ["/gallery"],
    work: async (batch, { actor, runtime }) => {
      const takes = await createTakeBatch(runtime.workerContext, runtime.worker, {
        params: expandBatch(batch),
        shotId: batch.shot_id,
        createdBy: actor.id,
        actorId: actor.id,
        takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
      });
      return takes.map(toTakeView);
    },
  });
}

const checkModelAgainSchema = z.object({ model: z.enum(MODEL_NAMES, { error: "Choose a model of the catalogue" }) });

/**
 * "Check again": clears the mark Kling's refusal left on a model, so the next take of it is sent. Nothing
 * is sent now: the only way to learn whether Kling takes the model again is a take, which costs units.
 */
export async function checkModelAgainAction(
  input: unknown,
): Promise<ActionResult<{ model: string; cleared: boolean }>> {
  return runAction({
    name: "checkModelAgainAction",
    permission: "manage_settings",
    schema: checkModelAgainSchema,
    input,
    revalidate: ["/"],
    work: async (data, { db }) => ({ model: data.model, cleared: await clearModelUnavailable(db, data.model) }),
  });
}

/**
 * A take Kling refused at once is stored (the gallery shows it), yet the form must hear why: as a
 * refusal, on the field to change when the refusal names one.
 */
function answerFor(take: Take): ActionResult<TakeView> {
  if (take.status !== "failed") return { ok: true, data: toTakeView(take) };
  const message = take.failureMessage ?? "Kling refused this take.";
  const field =
    take.failureCode === "kling:content_safety"
      ? "prompt"
      : take.failureCode === MODEL_UNAVAILABLE_CODE
        ? "model_name"
        : null;
  return { ok: false, message, fieldErrors: field ? { [field]: [message] } : undefined };
}
