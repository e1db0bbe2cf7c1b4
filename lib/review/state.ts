/** The overall review state of a take from its reviewers' decisions: the most severe one wins. */
import type { ReviewDecision, ReviewState } from "@/lib/review/review-values";

const SEVERITY: ReviewDecision[] = ["rejected", "changes_requested", "approved"];

/** Rejected if anyone rejected; else changes requested if anyone asked; else approved if anyone approved. */
export function overallReviewState(decisions: readonly ReviewDecision[]): ReviewState {
  return SEVERITY.find((decision) => decisions.includes(decision)) ?? "unreviewed";
}
