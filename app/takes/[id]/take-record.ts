import "server-only";
import {
  CAMERA_CHECK_VERDICTS,
  type CameraCheckFigures,
  type CameraCheckVerdict,
} from "@/lib/camera-check/camera-check";
import { MAX_CAMERA_CHECK_ATTEMPTS } from "@/lib/db/queries/camera-checks";
import type { Take } from "@/lib/db/schema";
import type { Text2VideoBody } from "@/lib/kling/request";
import { requestBodyOf } from "@/lib/takes/take-settings";

/**
 * What the take page knows from the stored row beyond the shared view: a snapshot from the server,
 * renewed when the page refreshes (as it does when a measurement lands).
 */
export type TakeRecord = {
  upstreamStatus: string | null;
  pollCount: number;
  submitAttempts: number;
  videoBytes: number | null;
  /** The create body as Kling received it (or, for takes from before it was kept, as it was built). */
  requestBody: Text2VideoBody;
  /** The measured camera move, with its figures and path; null until measured. */
  measurement: StoredMeasurement | null;
  /** Measuring this video failed too often: it stays unmeasured. */
  measurementGaveUp: boolean;
};

/**
 * Unlike the view's summary, this is kept for takes with no intended move too (their verdict is null),
 * so the page can say what the camera did when nothing was asked of it.
 */
export type StoredMeasurement = {
  move: string;
  confidence: number;
  verdict: CameraCheckVerdict | null;
  figures: CameraCheckFigures | null;
};

export function takeRecordOf(row: Take): TakeRecord {
  const move = row.cameraCheckedAt !== null ? row.cameraCheckMove : null;
  return {
    upstreamStatus: row.upstreamStatus,
    pollCount: row.pollCount,
    submitAttempts: row.submitAttempts,
    videoBytes: row.videoBytes,
    requestBody: requestBodyOf(row),
    measurement:
      move !== null
        ? {
            move,
            confidence: row.cameraCheckConfidence ?? 0,
            verdict: CAMERA_CHECK_VERDICTS.find((value) => value === row.cameraCheckVerdict) ?? null,
            figures: row.cameraCheck,
          }
        : null,
    measurementGaveUp: move === null && row.cameraCheckAttempts >= MAX_CAMERA_CHECK_ATTEMPTS,
  };
}
