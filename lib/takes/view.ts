/**
 * What the browser knows about a take: a plain, serializable view of a take row. Shared by the
 * server (which builds it) and the client components (which render and poll it).
 */

import type { CameraCheckSummary } from "@/lib/camera-check/camera-check";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio, Duration, Mode, ModelName, Sound } from "@/lib/kling/fields";
import type { CameraDelivery } from "@/lib/kling/request";
import type { ReviewState } from "@/lib/review/review-values";
import { isActiveStatus, type TakeStatus } from "./statuses";

export type TakeView = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The creator's user id, or "studio" for takes from before accounts. */
  createdBy: string;
  /** Who to credit: the member's name, "Former member" or "Before accounts" (see lib/review/labels.ts). */
  creatorName: string;
  status: TakeStatus;
  /** The reviewers' overall verdict (lib/review/state.ts). */
  reviewState: ReviewState;
  params: {
    model_name: ModelName;
    prompt: string;
    negative_prompt: string;
    cfg_scale: number;
    mode: Mode;
    aspect_ratio: AspectRatio;
    duration: Duration;
    /** null for models without a sound option */
    sound: Sound | null;
    /** The move the creator asked for, whichever way it travelled to the model. */
    camera_intent: CameraControl | null;
    /** The camera direction written into the prompt; null when the move was sent as camera_control. */
    camera_sentence: string | null;
  };
  /** How the move reached the model, or null when none was asked for. */
  cameraDelivery: CameraDelivery | null;
  /** The move measured in the video and the verdict against the intent; null until measured or with no intent. */
  cameraCheck: CameraCheckSummary | null;
  /** The video is stored and its camera move is still to be measured: a tab keeps watching the take. */
  cameraCheckPending: boolean;
  upstreamTaskId: string | null;
  failureCode: string | null;
  failureMessage: string | null;
  /** A transient problem being retried (e.g. Kling busy), so the user sees why a take waits. */
  retryNote: string | null;
  unitsEstimated: number;
  unitsCharged: number | null;
  submittedAt: string | null;
  /** When Kling reported "succeed" (or "failed"): the end of the part the time-left estimate covers. */
  upstreamFinishedAt: string | null;
  finishedAt: string | null;
  videoUrl: string | null;
  posterUrl: string | null;
  videoDurationMs: number | null;
  /**
   * How long Kling usually takes for this kind of take (model, mode, duration), learned from this
   * studio's history; absent when the server did not attach one (the browser then uses a default).
   */
  expectedRenderMs?: number;
};

/** One answer of `/api/generations/status`: the watched takes, takes new since the tab's newest, and takes gone. */
export type TakeStatusBody = {
  items: TakeView[];
  /** Newer than the `after` cursor and matching the tab's filters, oldest first. */
  created: TakeView[];
  /** Watched ids that were deleted (or never existed): the tab drops them. */
  removed: string[];
};

/** Whether a tab showing this take should keep asking about it: it runs, or its measurement is to come. */
export function isWatched(take: Pick<TakeView, "status" | "cameraCheckPending">): boolean {
  return isActiveStatus(take.status) || take.cameraCheckPending;
}

export const STATUS_LABELS: Record<TakeStatus, string> = {
  queued: "Queued",
  submitting: "Submitting",
  submitted: "Submitted",
  processing: "Generating",
  downloading: "Saving video",
  ready: "Ready",
  failed: "Failed",
};
