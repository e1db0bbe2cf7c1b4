/**
 * `POST /v1/videos/text2video` in the sandbox: the same validation as the studio (the shared schema,
 * so the camera rule answers with Kling's own message), then the account rules Kling applies —
 * unique external ids, a limit on parallel tasks — and the fault markers.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { CAMERA_CONTROL_UNSUPPORTED_MESSAGE, isRetired, MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { KLING_ERROR_TABLE } from "@/lib/kling/error-codes";
import { estimateUnits } from "@/lib/kling/pricing";
import { text2VideoRequestSchema } from "@/lib/kling/schema";
import type { SandboxContext } from "./sandbox-context";
import { parseFaults, stripFaultMarkers } from "./sandbox-faults";
import { errorResponse, malformedJsonResponse, readJsonBody, sleep, successResponse } from "./sandbox-http";
import { deriveTaskState, isFinished } from "./sandbox-lifecycle";
import type { SandboxTaskRecord } from "./sandbox-store";

export async function handleCreate(request: Request, ctx: SandboxContext): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return errorResponse(1200, "Request body must be a JSON object");
  }
  const parsed = text2VideoRequestSchema.safeParse(body.value);
  if (!parsed.success) return errorResponse(1201, describeValidation(parsed.error));
  const input = parsed.data;

  const retiredOn = MODEL_CAPABILITIES[input.model_name].retiredOn;
  if (retiredOn && isRetired(input.model_name, new Date(ctx.now()).toISOString().slice(0, 10))) {
    return errorResponse(1203, `model ${input.model_name} does not exist: it was retired on ${retiredOn}`);
  }
  const faults = parseFaults(input.prompt);
  if (faults.error && ctx.counters.take(faults.error.key, faults.error.times)) {
    const { code } = faults.error;
    // Refusals of a model name it, as Kling's do.
    const about = code === 1103 || code === 1203 ? `: model ${input.model_name}` : "";
    return errorResponse(code, `${KLING_ERROR_TABLE[code].meaning}${about} (sandbox fault injection)`);
  }
  if (faults.refuse) {
    return errorResponse(1301, "The prompt did not pass the content security check (sandbox fault injection)");
  }
  const externalId = input.external_task_id;
  const existing = externalId === undefined ? undefined : ctx.store.getByExternalId(externalId);
  if (existing) {
    return errorResponse(1201, `external_task_id "${externalId}" is already used by task ${existing.taskId}`);
  }
  const now = ctx.now();
  // No await between this count and `add`, so two creates at once cannot both take the last slot.
  const active = ctx.store.list().filter((task) => !isFinished(deriveTaskState(task, now).status)).length;
  if (active >= ctx.maxConcurrentTasks) {
    return errorResponse(1303, "parallel task over resource pack limit");
  }

  const record: SandboxTaskRecord = {
    version: 1,
    taskId: ctx.store.newTaskId(now),
    videoId: randomUUID(),
    request: input,
    renderPrompt: stripFaultMarkers(input.prompt),
    origin: new URL(request.url).origin,
    createdAt: now,
    timings: { ...ctx.timings },
    units: estimateUnits(input),
  };
  ctx.store.add(record);
  try {
    await ctx.store.save(record);
  } catch {
    ctx.store.remove(record.taskId);
    return errorResponse(5000, "The sandbox could not store the task");
  }
  ctx.runner.track(record);

  // The task exists from here on: a slow or broken answer is the "did my create go through?" case.
  if (faults.slowCreateMs !== undefined) await sleep(faults.slowCreateMs, ctx.closing);
  if (faults.malformedCreate) return malformedJsonResponse();
  return successResponse({
    task_id: record.taskId,
    task_status: "submitted",
    task_info: externalId === undefined ? {} : { external_task_id: externalId },
    created_at: record.createdAt,
    updated_at: record.createdAt,
  });
}

/** Kling's wording for the camera rule exactly; otherwise the first problems, field by field. */
function describeValidation(error: z.ZodError): string {
  if (error.issues.some((issue) => issue.message === CAMERA_CONTROL_UNSUPPORTED_MESSAGE)) {
    return CAMERA_CONTROL_UNSUPPORTED_MESSAGE;
  }
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
