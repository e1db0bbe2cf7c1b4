/** "Did the camera follow the requested move?": one verdict per take, set or cleared by any reviewer. */
import type { CameraVerdict } from "@/lib/review/review-values";
import "server-only";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { updateCameraVerdict } from "@/lib/db/queries/reviews";
import { lockReviewableTake } from "./take-guard";

export async function setCameraVerdict(
  db: Db,
  input: { takeId: string; actorId: string; verdict: CameraVerdict | null; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    await lockReviewableTake(tx, input.takeId);
    await updateCameraVerdict(tx, { id: input.takeId, verdict: input.verdict, by: input.actorId, now });
    await recordActivity(tx, {
      actorId: input.actorId,
      kind: "verdict",
      takeId: input.takeId,
      detail: { verdict: input.verdict },
      at: now,
    });
  });
}
