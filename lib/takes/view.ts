/**
 * What the browser knows about a take: a plain, serializable view of a take row. Shared by the
 * server (which builds it) and the client components (which render and poll it).
 */

import type { z } from "zod";
import type { takeStatusBodySchema, takeViewSchema } from "./api-schema";
import { isActiveStatus, type TakeStatus } from "./statuses";

/** The fields and what they mean: takeViewSchema in ./api-schema.ts. */
export type TakeView = z.infer<typeof takeViewSchema>;

/** One answer of `/api/generations/status` (takeStatusBodySchema in ./api-schema.ts). */
export type TakeStatusBody = z.infer<typeof takeStatusBodySchema>;

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
