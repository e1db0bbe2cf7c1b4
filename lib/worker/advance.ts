/**
 * One step of a take's lifecycle, from whatever state it is in:
 *
 *   queued ──submit──▶ submitting ──answer──▶ submitted ─▶ processing ─▶ downloading ─▶ ready
 *      ▲                   │ (answer lost: look the task up by our id before sending again)
 *      └── 1302/1303/5xxx ─┘                 any step: a non-retryable error or Kling's failure ─▶ failed
 *
 * Every step is idempotent and writes its state before the next, so a crash at any point resumes.
 */
import "server-only";
import { getModelUnavailability } from "@/lib/db/queries/model-availability";
import type { Take } from "@/lib/db/schema";
import { KlingError } from "@/lib/kling/errors";
import { withSubmitFields } from "@/lib/kling/request";
import type { KlingTask } from "@/lib/kling/responses";
import { requestBodyOf } from "@/lib/takes/take-settings";
import type { WorkerContext } from "./context";
import { finishTake } from "./finish";
import { MODEL_UNAVAILABLE_CODE, modelRefusalOf, recordModelRefusal, unavailableMessage } from "./model-refusal";
import { MAX_QUEUE_WAIT_MS, nextPollDelayMs, pollDelayMs, SUBMIT_RECHECK_MS } from "./schedule";
import { failFromError, failTake, retryLater, save } from "./steps";

export async function advanceTake(ctx: WorkerContext, take: Take): Promise<Take> {
  switch (take.status) {
    case "queued":
      return submitTake(ctx, take);
    case "submitting":
      return recoverSubmit(ctx, take);
    case "submitted":
    case "processing":
      return pollTake(ctx, take);
    case "downloading":
      return finishTake(ctx, take);
    default:
      return take;
  }
}

async function submitTake(ctx: WorkerContext, take: Take): Promise<Take> {
  const now = ctx.now();
  if (now.getTime() - take.createdAt.getTime() > MAX_QUEUE_WAIT_MS) {
    return failTake(ctx, take, {
      code: "kling:queue_timeout",
      message: "Kling stayed busy for hours, so this take was never sent. Retry it when the account has free capacity.",
    });
  }
  const unavailable = await getModelUnavailability(ctx.db, take.modelName);
  if (unavailable)
    return failTake(ctx, take, { code: MODEL_UNAVAILABLE_CODE, message: unavailableMessage(unavailable) });
  // Written before the request leaves: if the answer is lost (or we crash), the next step looks the task up
  // by our id instead of paying for a second one.
  const marked = await save(ctx, take, {
    status: "submitting",
    submitAttempts: take.submitAttempts + 1,
    nextAttemptAt: new Date(now.getTime() + SUBMIT_RECHECK_MS),
  });
  try {
    const task = await ctx.kling.createTask(
      withSubmitFields(requestBodyOf(take), { externalTaskId: take.id, callbackUrl: ctx.callbackUrl }),
    );
    ctx.log("info", "submitted", { takeId: take.id, taskId: task.taskId });
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
    const refusal = modelRefusalOf(error, take.modelName);
    if (refusal) {
      const { mark, failed } = await recordModelRefusal(ctx.db, { model: take.modelName, refusal, now: ctx.now() });
      ctx.log("warn", "Kling refused the model; marked unavailable", {
        takeId: take.id,
        model: take.modelName,
        queuedFailed: failed.length,
      });
      return failTake(ctx, marked, { code: MODEL_UNAVAILABLE_CODE, message: unavailableMessage(mark) });
    }
    return failFromError(ctx, marked, error);
  }
}

async function recoverSubmit(ctx: WorkerContext, take: Take): Promise<Take> {
  let task: KlingTask | null;
  try {
    task = await ctx.kling.getTaskByExternalId(take.id);
  } catch (error) {
    return readFailed(ctx, take, error);
  }
  if (!task) {
    ctx.log("info", "submit was not received; sending it", { takeId: take.id });
    return submitTake(ctx, take);
  }
  ctx.log("info", "found the task of an unanswered submit", { takeId: take.id, taskId: task.taskId });
  const adopted = await save(ctx, take, {
    upstreamTaskId: task.taskId,
    submittedAt: take.submittedAt ?? new Date(task.createdAt || ctx.now().getTime()),
  });
  return applyTask(ctx, adopted, task);
}

async function pollTake(ctx: WorkerContext, take: Take): Promise<Take> {
  const now = ctx.now();
  const submittedAt = take.submittedAt ?? take.createdAt;
  if (now.getTime() - submittedAt.getTime() > ctx.taskDeadlineMs) {
    return failTake(ctx, take, {
      code: "kling:deadline",
      message: `Kling did not finish this take within ${Math.round(ctx.taskDeadlineMs / 60_000)} minutes, so the studio stopped waiting. Retry it as a new take.`,
    });
  }
  if (!take.upstreamTaskId) return recoverSubmit(ctx, take);
  let task: KlingTask;
  try {
    task = await ctx.kling.getTask(take.upstreamTaskId);
  } catch (error) {
    return readFailed(ctx, take, error);
  }
  return applyTask(ctx, { ...take, pollCount: take.pollCount + 1 }, task);
}

/** A read of the task from Kling failed: it is tried again later while the fault may pass, else the take fails. */
function readFailed(ctx: WorkerContext, take: Take, error: unknown): Promise<Take> {
  if (error instanceof KlingError && (error.retryable || error.outcomeUnknown)) return retryLater(ctx, take, error, {});
  return failFromError(ctx, take, error);
}

/** Brings a take in line with the task Kling reports (from a poll, a lookup, or a confirmed callback). */
async function applyTask(ctx: WorkerContext, take: Take, task: KlingTask): Promise<Take> {
  if (task.status === "failed") {
    return failTake(ctx, take, {
      code: "kling:task_failed",
      message: task.statusMessage?.trim() || "Kling reported that this take failed, without giving a reason.",
      upstreamStatus: task.status,
      unitsCharged: 0,
    });
  }
  if (task.status === "succeed") {
    const video = task.videos[0];
    if (!video?.url) {
      return failTake(ctx, take, {
        code: "kling:no_video",
        message: "Kling reported success but returned no video. Retry the take.",
        upstreamStatus: task.status,
      });
    }
    const downloading = await save(ctx, take, {
      status: "downloading",
      upstreamStatus: task.status,
      resultUrl: video.url,
      unitsCharged: task.unitsCharged ?? null,
      upstreamFinishedAt: ctx.now(),
      pollCount: take.pollCount,
      retryCount: 0,
      lastError: null,
    });
    return finishTake(ctx, downloading);
  }
  const since = ctx.now().getTime() - (take.submittedAt ?? take.createdAt).getTime();
  const saved = await save(ctx, take, {
    status: task.status,
    upstreamStatus: task.status,
    pollCount: take.pollCount,
    retryCount: 0,
    lastError: null,
    nextAttemptAt: new Date(ctx.now().getTime() + nextPollDelayMs(since, take)),
  });
  // A callback that arrived during this step made the take due; the line above pushed that out again.
  if (saved.callbackAt && saved.callbackAt.getTime() !== take.callbackAt?.getTime()) {
    return save(ctx, saved, { nextAttemptAt: ctx.now() });
  }
  return saved;
}
