/**
 * One step of a generation's lifecycle, from whatever state it is in:
 *
 *   queued ──submit──▶ submitting ──answer──▶ submitted ─▶ processing ─▶ downloading ─▶ ready
 *      ▲                   │ (answer lost: look the task up by our id before sending again)
 *      └── 1302/1303/5xxx ─┘                 any step: a non-retryable error or Kling's failure ─▶ failed
 *
 * Every step is idempotent and writes its state before the next, so a crash at any point resumes.
 */
import "server-only";
import { updateLeasedGeneration } from "@/lib/db/queries/generations";
import { getModelUnavailability } from "@/lib/db/queries/model-availability";
import type { Generation, NewGeneration } from "@/lib/db/schema";
import { KlingError } from "@/lib/kling/errors";
import type { KlingTask } from "@/lib/kling/responses";
import { requestBodyOf } from "@/lib/generations/take-settings";
import { withSubmitFields } from "@/lib/kling/request";
import type { JobContext } from "./context";
import { finishGeneration } from "./finish";
import { MODEL_UNAVAILABLE_CODE, modelRefusalOf, recordModelRefusal, unavailableMessage } from "./model-refusal";
import {
  backoffMs,
  MAX_QUEUE_WAIT_MS,
  MAX_TRANSIENT_RETRIES,
  nextPollDelayMs,
  pollDelayMs,
  SUBMIT_RECHECK_MS,
} from "./schedule";

export async function advanceGeneration(ctx: JobContext, job: Generation): Promise<Generation> {
  switch (job.status) {
    case "queued":
      return submitGeneration(ctx, job);
    case "submitting":
      return recoverSubmit(ctx, job);
    case "submitted":
    case "processing":
      return pollGeneration(ctx, job);
    case "downloading":
      return finishGeneration(ctx, job);
    default:
      return job;
  }
}

async function submitGeneration(ctx: JobContext, job: Generation): Promise<Generation> {
  const now = ctx.now();
  if (now.getTime() - job.createdAt.getTime() > MAX_QUEUE_WAIT_MS) {
    return failGeneration(ctx, job, {
      code: "kling:queue_timeout",
      message: "Kling stayed busy for hours, so this take was never sent. Retry it when the account has free capacity.",
    });
  }
  const unavailable = await getModelUnavailability(ctx.db, job.modelName);
  if (unavailable) return failGeneration(ctx, job, { code: MODEL_UNAVAILABLE_CODE, message: unavailableMessage(unavailable) });
  // Written before the request leaves: if the answer is lost (or we crash), the next step looks the task up
  // by our id instead of paying for a second one.
  const marked = await save(ctx, job, {
    status: "submitting",
    submitAttempts: job.submitAttempts + 1,
    nextAttemptAt: new Date(now.getTime() + SUBMIT_RECHECK_MS),
  });
  try {
    const task = await ctx.kling.createTask(
      withSubmitFields(requestBodyOf(job), { externalTaskId: job.id, callbackUrl: ctx.callbackUrl }),
    );
    ctx.log("info", "submitted", { jobId: job.id, taskId: task.taskId });
    return save(ctx, marked, {
      status: "submitted",
      upstreamTaskId: task.taskId,
      upstreamStatus: task.status,
      submittedAt: ctx.now(),
      retryCount: 0,
      lastError: null,
      nextAttemptAt: new Date(ctx.now().getTime() + pollDelayMs(0)),
    });
  } catch (error) {
    if (error instanceof KlingError && error.outcomeUnknown) {
      // The request may have reached Kling: stay in `submitting`, so the next round looks it up first.
      return retryLater(ctx, marked, error, { status: "submitting" });
    }
    if (error instanceof KlingError && error.retryable) {
      const waitingForSlot = error.klingCode === 1302 || error.klingCode === 1303;
      return retryLater(ctx, marked, error, { status: "queued", unbounded: waitingForSlot });
    }
    const refusal = modelRefusalOf(error, job.modelName);
    if (refusal) {
      const { mark, failed } = await recordModelRefusal(ctx.db, { model: job.modelName, refusal, now: ctx.now() });
      ctx.log("warn", "Kling refused the model; marked unavailable", { jobId: job.id, model: job.modelName, queuedFailed: failed.length });
      return failGeneration(ctx, marked, { code: MODEL_UNAVAILABLE_CODE, message: unavailableMessage(mark) });
    }
    return failFromError(ctx, marked, error);
  }
}

async function recoverSubmit(ctx: JobContext, job: Generation): Promise<Generation> {
  let task: KlingTask | null;
  try {
    task = await ctx.kling.getTaskByExternalId(job.id);
  } catch (error) {
    if (error instanceof KlingError && (error.retryable || error.outcomeUnknown)) return retryLater(ctx, job, error, {});
    return failFromError(ctx, job, error);
  }
  if (!task) {
    ctx.log("info", "submit was not received; sending it", { jobId: job.id });
    return submitGeneration(ctx, job);
  }
  ctx.log("info", "found the task of an unanswered submit", { jobId: job.id, taskId: task.taskId });
  const adopted = await save(ctx, job, {
    upstreamTaskId: task.taskId,
    submittedAt: job.submittedAt ?? new Date(task.createdAt || ctx.now().getTime()),
  });
  return applyTask(ctx, adopted, task);
}

async function pollGeneration(ctx: JobContext, job: Generation): Promise<Generation> {
  const now = ctx.now();
  const submittedAt = job.submittedAt ?? job.createdAt;
  if (now.getTime() - submittedAt.getTime() > ctx.taskDeadlineMs) {
    return failGeneration(ctx, job, {
      code: "kling:deadline",
      message: `Kling did not finish this take within ${Math.round(ctx.taskDeadlineMs / 60_000)} minutes, so the studio stopped waiting. Retry it as a new take.`,
    });
  }
  if (!job.upstreamTaskId) return recoverSubmit(ctx, job);
  let task: KlingTask;
  try {
    task = await ctx.kling.getTask(job.upstreamTaskId);
  } catch (error) {
    if (error instanceof KlingError && (error.retryable || error.outcomeUnknown)) return retryLater(ctx, job, error, {});
    return failFromError(ctx, job, error);
  }
  return applyTask(ctx, { ...job, pollCount: job.pollCount + 1 }, task);
}

/** Brings a job in line with the task Kling reports (from a poll, a lookup, or a confirmed callback). */
export async function applyTask(ctx: JobContext, job: Generation, task: KlingTask): Promise<Generation> {
  if (task.status === "failed") {
    return failGeneration(ctx, job, {
      code: "kling:task_failed",
      message: task.statusMessage?.trim() || "Kling reported that this take failed, without giving a reason.",
      upstreamStatus: task.status,
      unitsCharged: 0,
    });
  }
  if (task.status === "succeed") {
    const video = task.videos[0];
    if (!video?.url) {
      return failGeneration(ctx, job, {
        code: "kling:no_video",
        message: "Kling reported success but returned no video. Retry the take.",
        upstreamStatus: task.status,
      });
    }
    const downloading = await save(ctx, job, {
      status: "downloading",
      upstreamStatus: task.status,
      resultUrl: video.url,
      unitsCharged: task.unitsCharged ?? null,
      upstreamFinishedAt: ctx.now(),
      pollCount: job.pollCount,
      retryCount: 0,
      lastError: null,
    });
    return finishGeneration(ctx, downloading);
  }
  const since = ctx.now().getTime() - (job.submittedAt ?? job.createdAt).getTime();
  const saved = await save(ctx, job, {
    status: task.status,
    upstreamStatus: task.status,
    pollCount: job.pollCount,
    retryCount: 0,
    lastError: null,
    nextAttemptAt: new Date(ctx.now().getTime() + nextPollDelayMs(since, job)),
  });
  // A callback that arrived during this step made the job due; the line above pushed that out again.
  if (saved.callbackAt && saved.callbackAt.getTime() !== job.callbackAt?.getTime()) {
    return save(ctx, saved, { nextAttemptAt: ctx.now() });
  }
  return saved;
}

/** Schedules another try of the same step, or fails the job when transient errors will not stop. */
export async function retryLater(
  ctx: JobContext,
  job: Generation,
  error: unknown,
  options: { status?: Generation["status"]; unbounded?: boolean },
): Promise<Generation> {
  const retryCount = job.retryCount + 1;
  if (!options.unbounded && retryCount > MAX_TRANSIENT_RETRIES) return failFromError(ctx, job, error);
  const message = error instanceof Error ? error.message : String(error);
  const waitingForSlot = error instanceof KlingError && error.klingCode === 1303;
  const maxMs = Math.min(ctx.retryMaxMs ?? Infinity, waitingForSlot ? 30_000 : 60_000);
  const delay = backoffMs(job.retryCount, { baseMs: ctx.retryBaseMs, maxMs });
  ctx.log("warn", "step failed; will retry", { jobId: job.id, status: job.status, retryCount, delayMs: delay, error: message });
  return save(ctx, job, {
    status: options.status ?? job.status,
    retryCount,
    lastError: message,
    nextAttemptAt: new Date(ctx.now().getTime() + delay),
  });
}

export function failFromError(ctx: JobContext, job: Generation, error: unknown): Promise<Generation> {
  if (error instanceof KlingError) return failGeneration(ctx, job, { code: error.code, message: error.message });
  ctx.log("error", "step failed unexpectedly", { jobId: job.id, error: error instanceof Error ? error.stack : String(error) });
  const message = error instanceof Error && error.message ? error.message : "Unexpected error";
  return failGeneration(ctx, job, { code: "internal:job_failed", message: `This take could not be completed (${message}).` });
}

export function failGeneration(
  ctx: JobContext,
  job: Generation,
  failure: { code: string; message: string; upstreamStatus?: string; unitsCharged?: number },
): Promise<Generation> {
  ctx.log("warn", "take failed", { jobId: job.id, code: failure.code, reason: failure.message });
  return save(ctx, job, {
    status: "failed",
    failureCode: failure.code,
    failureMessage: failure.message,
    upstreamStatus: failure.upstreamStatus ?? job.upstreamStatus,
    unitsCharged: failure.unitsCharged ?? job.unitsCharged,
    finishedAt: ctx.now(),
    pollCount: job.pollCount,
  });
}

/** Persists a step's result; throws when the lease was lost (another worker took over), ending this step. */
export async function save(ctx: JobContext, job: Generation, patch: Partial<NewGeneration>): Promise<Generation> {
  const row = await updateLeasedGeneration(ctx.db, { id: job.id, owner: ctx.owner, patch });
  if (!row) throw new LeaseLostError(job.id);
  return row;
}

export class LeaseLostError extends Error {
  constructor(id: string) {
    super(`lease on ${id} was lost`);
    this.name = "LeaseLostError";
  }
}
