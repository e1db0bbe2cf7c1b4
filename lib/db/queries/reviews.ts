/** Queries on review decisions and the review columns of takes. Each takes the database (or a transaction) first. */
import type { CameraVerdict, ReviewDecision, ReviewState } from "@/lib/review/review-values";
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { takeReviews } from "../review-schema";
import { type Take, takes } from "../schema";

/**
 * The take, locked until the transaction ends, so two reviewers deciding at once recompute the overall
 * state one after the other and the last commit sees both decisions.
 */
export async function lockTake(db: Db, id: string): Promise<Take | undefined> {
  const [row] = await db.select().from(takes).where(eq(takes.id, id)).limit(1).for("update");
  return row;
}

export async function upsertReviewDecision(
  db: Db,
  values: { takeId: string; reviewerId: string; decision: ReviewDecision; now: Date },
): Promise<void> {
  await db
    .insert(takeReviews)
    .values({ takeId: values.takeId, reviewerId: values.reviewerId, decision: values.decision, decidedAt: values.now })
    .onConflictDoUpdate({
      target: [takeReviews.takeId, takeReviews.reviewerId],
      set: { decision: values.decision, decidedAt: values.now },
    });
}

/** True when there was a decision to clear. */
export async function deleteReviewDecision(db: Db, values: { takeId: string; reviewerId: string }): Promise<boolean> {
  const rows = await db
    .delete(takeReviews)
    .where(and(eq(takeReviews.takeId, values.takeId), eq(takeReviews.reviewerId, values.reviewerId)))
    .returning({ reviewerId: takeReviews.reviewerId });
  return rows.length > 0;
}

/** Every reviewer's current decision on a take, with their name, in the order they decided. */
export async function listReviewDecisions(db: Db, takeId: string) {
  return db
    .select({
      reviewerId: takeReviews.reviewerId,
      reviewerName: users.name,
      decision: takeReviews.decision,
      decidedAt: takeReviews.decidedAt,
    })
    .from(takeReviews)
    .innerJoin(users, eq(users.id, takeReviews.reviewerId))
    .where(eq(takeReviews.takeId, takeId))
    .orderBy(asc(takeReviews.decidedAt), asc(takeReviews.reviewerId));
}

export async function updateReviewState(db: Db, values: { id: string; state: ReviewState; now: Date }): Promise<void> {
  await db.update(takes).set({ reviewState: values.state, reviewStateAt: values.now }).where(eq(takes.id, values.id));
}

export async function updateCameraVerdict(
  db: Db,
  values: { id: string; verdict: CameraVerdict | null; by: string; now: Date },
): Promise<void> {
  await db
    .update(takes)
    .set(
      values.verdict
        ? { cameraVerdict: values.verdict, cameraVerdictBy: values.by, cameraVerdictAt: values.now }
        : { cameraVerdict: null, cameraVerdictBy: null, cameraVerdictAt: null },
    )
    .where(eq(takes.id, values.id));
}

/** The name of whoever gave a take's camera verdict (null when they are gone). */
export async function getUserName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  return row?.name ?? null;
}

/** The takes a reviewer has a decision on. */
export async function listReviewedTakeIds(db: Db, reviewerId: string): Promise<string[]> {
  const rows = await db
    .select({ takeId: takeReviews.takeId })
    .from(takeReviews)
    .where(eq(takeReviews.reviewerId, reviewerId));
  return rows.map((row) => row.takeId);
}
