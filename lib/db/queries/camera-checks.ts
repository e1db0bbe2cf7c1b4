/**
 * Measuring the camera move of stored videos: which take to measure next, and its result. A take is
 * held by one worker at a time (a lease on the row), so several processes never measure one video twice.
 */
import "server-only";
import { and, desc, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { CameraCheckFigures, CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import type { Db } from "../client";
import { type Take, takes } from "../schema";

/** How often a video whose measurement keeps failing is tried before it is left unmeasured. */
export const MAX_CAMERA_CHECK_ATTEMPTS = 3;

/** The newest stored video still to measure, held until `leaseUntil`; undefined when there is none. */
export async function claimNextCameraCheck(
  db: Db,
  options: { now: Date; leaseUntil: Date },
): Promise<Take | undefined> {
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: takes.id })
      .from(takes)
      .where(
        and(
          eq(takes.status, "ready"),
          isNull(takes.cameraCheckedAt),
          isNull(takes.deletedAt),
          isNotNull(takes.videoKey),
          lt(takes.cameraCheckAttempts, MAX_CAMERA_CHECK_ATTEMPTS),
          or(isNull(takes.cameraCheckLeaseUntil), lt(takes.cameraCheckLeaseUntil, options.now)),
        ),
      )
      .orderBy(desc(takes.finishedAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!next) return undefined;
    const [row] = await tx
      .update(takes)
      .set({ cameraCheckLeaseUntil: options.leaseUntil })
      .where(eq(takes.id, next.id))
      .returning();
    return row;
  });
}

export async function saveCameraCheck(
  db: Db,
  result: {
    id: string;
    move: string;
    confidence: number;
    verdict: CameraCheckVerdict | null;
    figures: CameraCheckFigures;
    at: Date;
  },
): Promise<Take | undefined> {
  const [row] = await db
    .update(takes)
    .set({
      cameraCheckMove: result.move,
      cameraCheckConfidence: result.confidence,
      cameraCheckVerdict: result.verdict,
      cameraCheck: result.figures,
      cameraCheckedAt: result.at,
      cameraCheckError: null,
      cameraCheckLeaseUntil: null,
    })
    .where(eq(takes.id, result.id))
    .returning();
  return row;
}

export async function recordCameraCheckFailure(db: Db, failure: { id: string; error: string }): Promise<void> {
  await db
    .update(takes)
    .set({
      cameraCheckAttempts: sql`${takes.cameraCheckAttempts} + 1`,
      cameraCheckError: failure.error.slice(0, 500),
      cameraCheckLeaseUntil: null,
    })
    .where(eq(takes.id, failure.id));
}

/** Keeps a long measurement's hold on its take. */
export async function extendCameraCheckLease(db: Db, options: { id: string; until: Date }): Promise<void> {
  await db.update(takes).set({ cameraCheckLeaseUntil: options.until }).where(eq(takes.id, options.id));
}
