/** "Did the camera follow the requested move?": one verdict per take, set or cleared by any reviewer. */
import type { CameraVerdict } from "@/lib/review/review-values";
import "server-only";
import type { Db } from "@/lib/db/client";
import { updateCameraVerdict } from "@/lib/db/queries/reviews";
import { writeReview } from "./take-guard";

export async function setCameraVerdict(
  db: Db,
  input: { takeId: string; actorId: string; verdict: CameraVerdict | null; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  await writeReview(
    db,
    { takeId: input.takeId, actorId: input.actorId, now, kind: "verdict", detail: { verdict: input.verdict } },
    (tx) => updateCameraVerdict(tx, { id: input.takeId, verdict: input.verdict, by: input.actorId, now }),
  );
}
