"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, type ActionResult } from "@/lib/action-result";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { requireRole } from "@/lib/auth/session";
import { createGeneration, createGenerationBatch } from "@/lib/jobs/create";
import { toGenerationView } from "@/lib/generations/to-view";
import type { GenerationView } from "@/lib/generations/view";
import { expandBatch, generationBatchSchema } from "@/lib/kling/batch.schema";
import { generationParamsSchema } from "@/lib/kling/schema";
import { getRuntime } from "@/lib/runtime";

/** Validates a take's parameters, stores it and sends it to Kling. */
export async function createGenerationAction(input: unknown): Promise<ActionResult<GenerationView>> {
  const parsed = generationParamsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Some settings need a change before this can be generated.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  try {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const job = await createGeneration(runtime.jobs, runtime.worker, {
      params: parsed.data,
      createdBy: user.id,
      actorId: user.id,
      takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
    });
    revalidatePath("/gallery");
    const view = toGenerationView(job);
    if (job.status === "failed") {
      const message = job.failureMessage ?? "Kling refused this take.";
      const onPrompt = job.failureCode === "kling:content_safety";
      return { ok: false, message, fieldErrors: onPrompt ? { prompt: [message] } : undefined };
    }
    return { ok: true, data: view };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[createGenerationAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}

/**
 * Validates a batch (variations or a camera sweep) and stores every take under one batch id, all or
 * none. The takes are queued rather than sent at once, so the worker sends them as the account's
 * concurrency allows.
 */
export async function createGenerationBatchAction(input: unknown): Promise<ActionResult<GenerationView[]>> {
  const parsed = generationBatchSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Some settings need a change before this batch can be generated.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  try {
    const user = await requireRole("generate");
    const runtime = await getRuntime();
    const jobs = await createGenerationBatch(runtime.jobs, runtime.worker, {
      params: expandBatch(parsed.data),
      createdBy: user.id,
      actorId: user.id,
      takesPerMinute: runtime.env.STUDIO_TAKES_PER_MINUTE,
    });
    revalidatePath("/gallery");
    return { ok: true, data: jobs.map(toGenerationView) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[createGenerationBatchAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
