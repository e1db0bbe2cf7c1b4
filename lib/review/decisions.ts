/**
 * A reviewer's decision on a take, and the take's overall state kept beside it. Both are written in one
 * transaction with the take locked, so the overall state never disagrees with the decisions.
 */
import type { ReviewDecision, ReviewState } from "@/lib/review/review-values";
import "server-only";
import type { Db } from "@/lib/db/client";
import {
  deleteReviewDecision,
  listReviewDecisions,
  updateReviewState,
  upsertReviewDecision,
} from "@/lib/db/queries/reviews";
import { overallReviewState } from "./state";
import { writeReview } from "./take-guard";

export type DecisionInput = {
  takeId: string;
  reviewerId: string;
  /** null clears the reviewer's decision (back to no opinion). */
  decision: ReviewDecision | null;
  now?: Date;
};

export async function setReviewDecision(db: Db, input: DecisionInput): Promise<{ state: ReviewState }> {
  const now = input.now ?? new Date();
  return writeReview(
    db,
    { takeId: input.takeId, actorId: input.reviewerId, now, kind: "reviewed", detail: { decision: input.decision } },
    async (tx) => {
      const who = { takeId: input.takeId, reviewerId: input.reviewerId };
      if (input.decision) await upsertReviewDecision(tx, { ...who, decision: input.decision, now });
      else await deleteReviewDecision(tx, who);
      const state = overallReviewState(await listDecisionsOf(tx, input.takeId));
      await updateReviewState(tx, { id: input.takeId, state, now });
      return { state };
    },
  );
}

/**
 * Recomputes the overall state of takes whose decisions changed without a decision being made — a
 * removed member's decisions go with their account. Call it in the transaction that removed them.
 */
export async function refreshReviewStates(db: Db, takeIds: readonly string[], now = new Date()): Promise<void> {
  for (const id of takeIds) {
    await updateReviewState(db, { id, state: overallReviewState(await listDecisionsOf(db, id)), now });
  }
}

async function listDecisionsOf(db: Db, takeId: string): Promise<ReviewDecision[]> {
  return (await listReviewDecisions(db, takeId)).map((row) => row.decision);
}
