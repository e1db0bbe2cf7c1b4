import "server-only";
import { CAMERA_CHECK_VERDICTS, type CameraCheckSummary } from "@/lib/camera-check/camera-check";
import { MAX_CAMERA_CHECK_ATTEMPTS } from "@/lib/db/queries/camera-checks";
import type { Take } from "@/lib/db/schema";
import { creatorLabel } from "@/lib/review/labels";
import { storedFields } from "./take-settings";
import type { TakeView } from "./view";

/**
 * `creatorName` comes from the queries that join users (null: no such member). Rows read without the
 * join (a take just created, answered to the person who made it) leave it undefined: "Member".
 */
export function toTakeView(row: Take & { creatorName?: string | null }): TakeView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    creatorName: creatorLabel(row.createdBy, row.creatorName),
    status: row.status,
    reviewState: row.reviewState,
    params: {
      ...storedFields(row),
      sound: row.sound,
      camera_intent: row.cameraIntent ?? null,
      camera_sentence: row.cameraSentence,
    },
    cameraDelivery: row.cameraIntent ? (row.cameraSentence === null ? "camera_control" : "prompt") : null,
    cameraCheck: cameraCheckOf(row),
    cameraCheckPending: isCameraCheckDue(row),
    upstreamTaskId: row.upstreamTaskId,
    failureCode: row.failureCode,
    failureMessage: row.failureMessage,
    retryNote: row.status === "failed" || row.status === "ready" ? null : row.lastError,
    unitsEstimated: row.unitsEstimated,
    unitsCharged: row.unitsCharged,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    upstreamFinishedAt: row.upstreamFinishedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    videoUrl: row.videoKey ? `/media/${row.videoKey}` : null,
    posterUrl: row.posterKey ? `/media/${row.posterKey}` : null,
    videoDurationMs: row.videoDurationMs,
  };
}

function cameraCheckOf(row: Take): CameraCheckSummary | null {
  const verdict = CAMERA_CHECK_VERDICTS.find((value) => value === row.cameraCheckVerdict);
  if (!verdict || !row.cameraCheckMove || row.cameraCheckConfidence === null) return null;
  return { verdict, move: row.cameraCheckMove, confidence: row.cameraCheckConfidence };
}

/**
 * A fresh take's measurement is on its way (a tab keeps watching it); older unmeasured takes wait for
 * the background backfill, which no open tab needs to follow.
 */
function isCameraCheckDue(row: Take): boolean {
  if (row.status !== "ready" || row.videoKey === null || row.cameraCheckedAt !== null) return false;
  if (row.cameraCheckAttempts >= MAX_CAMERA_CHECK_ATTEMPTS) return false;
  return row.finishedAt !== null && Date.now() - row.finishedAt.getTime() < FRESH_TAKE_MS;
}

const FRESH_TAKE_MS = 10 * 60_000;
