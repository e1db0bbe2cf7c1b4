import "server-only";
import type { Generation } from "@/lib/db/schema";
import type { GenerationView } from "./view";

export function toGenerationView(row: Generation): GenerationView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    status: row.status,
    params: {
      model_name: row.modelName,
      prompt: row.prompt,
      negative_prompt: row.negativePrompt,
      cfg_scale: row.cfgScale,
      mode: row.mode,
      aspect_ratio: row.aspectRatio,
      duration: row.duration,
      camera_control: row.cameraControl ?? null,
    },
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
