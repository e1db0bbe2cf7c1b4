import { STATE_LABELS } from "@/lib/review/labels";
import type { ReviewState } from "@/lib/review/review-values";
import { Badge, type BadgeTone } from "./ui/badge";

/** Each review state's tone: green approved, amber changes requested, red rejected, grey unreviewed. */
const REVIEW_STATE_TONES: Record<ReviewState, BadgeTone> = {
  unreviewed: "neutral",
  approved: "success",
  changes_requested: "warning",
  rejected: "danger",
};

/** "Approved", "Changes requested"… on a take in a grid, coloured by the state. */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return (
    <Badge data-review-state={state} tone={REVIEW_STATE_TONES[state]}>
      {STATE_LABELS[state]}
    </Badge>
  );
}
