/**
 * A sandbox task's status, derived from its timestamps and whether its video exists — never stored —
 * and the task object Kling would answer for it. Deriving rather than storing is what lets a restarted
 * sandbox carry on: the clock keeps running while it is down.
 */
import type { KlingTaskStatus } from "@/lib/kling/responses";
import { parseFaults } from "./sandbox-faults";
import type { SandboxTaskRecord } from "./sandbox-store";

export type TaskState = {
  status: KlingTaskStatus;
  updatedAt: number;
  statusMessage?: string;
  /** When the status changes by time alone; undefined when it waits for the renderer or has ended. */
  nextChangeAt?: number;
};

export function isFinished(status: KlingTaskStatus): boolean {
  return status === "succeed" || status === "failed";
}

export function deriveTaskState(record: SandboxTaskRecord, now: number): TaskState {
  const submittedEnd = record.createdAt + record.timings.submittedMs;
  const processingEnd = submittedEnd + record.timings.processingMs;
  if (now < submittedEnd) return { status: "submitted", updatedAt: record.createdAt, nextChangeAt: submittedEnd };

  const failMessage = parseFaults(record.request.prompt).failMessage;
  if (failMessage !== undefined) {
    return now < processingEnd
      ? { status: "processing", updatedAt: submittedEnd, nextChangeAt: processingEnd }
      : { status: "failed", updatedAt: processingEnd, statusMessage: failMessage };
  }
  if (record.renderError) {
    const failedAt = Math.max(submittedEnd, record.renderError.at);
    if (now >= failedAt) return { status: "failed", updatedAt: failedAt, statusMessage: record.renderError.message };
  }
  if (now < processingEnd) return { status: "processing", updatedAt: submittedEnd, nextChangeAt: processingEnd };
  if (record.video) return { status: "succeed", updatedAt: Math.max(processingEnd, record.video.renderedAt) };
  // Processing time is over but the video is still being made: it ends when the renderer does.
  return { status: "processing", updatedAt: submittedEnd };
}

/** Whether the renderer still has to make this task's video. */
export function needsRender(record: SandboxTaskRecord): boolean {
  return !record.video && !record.renderError && parseFaults(record.request.prompt).failMessage === undefined;
}

/** The URL a finished task's video is served at, by this sandbox itself. */
function videoUrl(input: { origin: string; basePath: string; taskId: string }): string {
  return `${input.origin}${input.basePath}/files/${input.taskId}.mp4`;
}

/** The task object of the contract (what queries return in `data` and callbacks send bare). */
export function toWireTask(input: {
  record: SandboxTaskRecord;
  state: TaskState;
  origin: string;
  basePath: string;
}): Record<string, unknown> {
  const { record, state } = input;
  const task: Record<string, unknown> = {
    task_id: record.taskId,
    task_status: state.status,
    task_info: record.request.external_task_id ? { external_task_id: record.request.external_task_id } : {},
    created_at: record.createdAt,
    updated_at: state.updatedAt,
  };
  if (state.status === "failed") {
    task.task_status_msg = state.statusMessage ?? "Task failed";
    // Failed tasks are not charged.
    task.final_unit_deduction = "0";
  }
  if (state.status === "succeed" && record.video) {
    task.task_result = {
      videos: [
        {
          id: record.videoId,
          url: videoUrl({ origin: input.origin, basePath: input.basePath, taskId: record.taskId }),
          duration: formatDuration(record.video.durationSec),
        },
      ],
    };
    task.final_unit_deduction = String(record.units);
  }
  return task;
}

/** Kling writes durations as decimal strings: "5.0", "5.042". */
function formatDuration(seconds: number): string {
  const rounded = Math.round(seconds * 1000) / 1000;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}
