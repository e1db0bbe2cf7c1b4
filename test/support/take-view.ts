/**
 * A take as the browser sees it, for tests of what renders or is computed from one: a finished
 * kling-v1 take with its video, changed by `patch` (and its parameters by `params`).
 */
import type { TakeView } from "@/lib/takes/view";

export function takeView(patch: Partial<TakeView> = {}, params: Partial<TakeView["params"]> = {}): TakeView {
  const id = patch.id ?? "6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10";
  return {
    id,
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:03:00.000Z",
    createdBy: "user-1",
    creatorName: "Rae",
    status: "ready",
    reviewState: "unreviewed",
    upstreamTaskId: "task-1",
    failureCode: null,
    failureMessage: null,
    retryNote: null,
    cameraDelivery: null,
    cameraCheck: null,
    cameraCheckPending: false,
    unitsEstimated: 1,
    unitsCharged: 1,
    submittedAt: "2026-11-25T10:00:02.000Z",
    upstreamFinishedAt: "2026-11-25T10:02:50.000Z",
    finishedAt: "2026-11-25T10:03:00.000Z",
    videoUrl: `/media/videos/${id}.mp4`,
    posterUrl: `/media/posters/${id}.jpg`,
    videoDurationMs: 5_000,
    ...patch,
    params: {
      model_name: "kling-v1",
      prompt: "A fox in the snow",
      negative_prompt: "",
      cfg_scale: 0.5,
      mode: "std",
      aspect_ratio: "16:9",
      duration: "5",
      sound: null,
      camera_intent: null,
      camera_sentence: null,
      ...patch.params,
      ...params,
    },
  };
}
