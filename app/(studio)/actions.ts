"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, fieldErrorsOf } from "@/lib/action-result";
import { runAuthorizedAction } from "@/lib/auth/authorized-action";
import { requireRole } from "@/lib/auth/session";
import { clearModelUnavailable } from "@/lib/db/queries/model-availability";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { expandBatch, takeBatchSchema } from "@/lib/kling/batch.schema";
import { MODEL_NAMES } from "@/lib/kling/fields";
import { takeParamsSchema } from "@/lib/kling/schema";
import { getRuntime } from "@/lib/runtime";
import { toTakeView } from "@/lib/takes/to-view";
import type { TakeView } from "@/lib/takes/view";
import { createTake, createTakeBatch } from "@/lib/worker/create";
import { MODEL_UNAVAILABLE_CODE } from "@/lib/worker/model-refusal";

/** Validates a take's parameters, stores it and sends it to Kling. */
export async function createTakeAction(input: unknown): Promise<ActionResult<TakeView>> {
  const parsed = takeParamsSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Some settings need a change before this can be generated.",
      fieldErrors: fieldErrorsOf(parsed.error.issues),
    };
  }
  try {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const take = await createTake(runtime.workerContext, runtime.worker, {
      params: parsed.data,
      createdBy: user.id,
      actorId: user.id,
      takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
    });
    revalidatePath("/gallery");
    const view = toTakeView(take);
    if (take.status === "failed") {
      const message = take.failureMessage ?? "Kling refused this take.";
      const field =
        take.failureCode === "kling:content_safety"
          ? "prompt"
          : take.failureCode === MODEL_UNAVAILABLE_CODE
            ? "model_name"
            : null;
      return { ok: false, message, fieldErrors: field ? { [field]: [message] } : undefined };
    }
    return { ok: true, data: view };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[createTakeAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}

/**
 * Validates a batch (variations or a camera sweep) and stores every take under one batch id, all or
 * none. The takes are queued rather than sent at once, so the worker sends them as the account's
 * concurrency allows.
 */
export async function createTakeBatchAction(input: unknown): Promise<ActionResult<TakeView[]>> {
  const parsed = takeBatchSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Some settings need a change before this batch can be generated.",
      fieldErrors: fieldErrorsOf(parsed.error.issues),
    };
  }
  try {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const takes = await createTakeBatch(runtime.workerContext, runtime.worker, {
      params: expandBatch(parsed.data),
      createdBy: user.id,
      actorId: user.id,
      takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
    });
    revalidatePath("/gallery");
    return { ok: true, data: takes.map(toTakeView) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[createTakeBatchAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}

const checkModelAgainSchema = z.object({ model: z.enum(MODEL_NAMES, { error: "Choose a model of the catalogue" }) });

/**
 * "Check again": clears the mark Kling's refusal left on a model, so the next take of it is sent. Nothing
 * is sent now: the only way to learn whether Kling takes the model again is a take, which costs units.
 */
export async function checkModelAgainAction(
  input: unknown,
): Promise<ActionResult<{ model: string; cleared: boolean }>> {
  return runAuthorizedAction({
    name: "checkModelAgainAction",
    permission: "manage_settings",
    schema: checkModelAgainSchema,
    input,
    work: async (data, _actor, db) => {
      const cleared = await clearModelUnavailable(db, data.model);
      revalidatePath("/");
      return { model: data.model, cleared };
    },
  });
}
