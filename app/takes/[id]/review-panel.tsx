"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DECISION_ACTIONS, STATE_LABELS } from "@/lib/review/labels";
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewState } from "@/lib/review/review-values";
import type { DecisionView } from "@/lib/review/view";
import { setReviewDecisionAction } from "./review-actions";
import { RelativeTime, useHydrated, useReviewAction } from "./review-controls";

const STATE_TONES: Record<ReviewState, BadgeTone> = {
  unreviewed: "neutral",
  approved: "success",
  changes_requested: "warning",
  rejected: "danger",
};

/** The take's overall review state, every reviewer's decision, and my three buttons. */
export function ReviewPanel(props: {
  takeId: string;
  ready: boolean;
  canReview: boolean;
  state: ReviewState;
  decisions: DecisionView[];
  myDecision: ReviewDecision | null;
}) {
  const { takeId, ready, canReview, state, decisions, myDecision } = props;
  const hydrated = useHydrated();
  const { pending, run } = useReviewAction();
  const decide = (decision: ReviewDecision | null) => run(() => setReviewDecisionAction({ takeId, decision }));

  return (
    <Card as="section" aria-labelledby="review-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="review-heading" className="text-sm font-semibold text-zinc-300">
          Review
        </h2>
        <p aria-live="polite" className="text-sm">
          <span className="sr-only">Overall: </span>
          <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge>
        </p>
      </div>
      {decisions.length > 0 ? (
        <ul aria-label="Decisions" className="space-y-1 text-sm">
          {decisions.map((entry) => (
            <li key={entry.reviewerId} className="flex flex-wrap gap-x-2 text-zinc-200">
              <span className="font-medium">{entry.reviewerName}</span>
              <span>{STATE_LABELS[entry.decision]}</span>
              <span className="text-zinc-400">
                <RelativeTime iso={entry.decidedAt} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-400">No decisions yet.</p>
      )}
      {!ready ? (
        <p className="text-sm text-zinc-400">Takes can be reviewed once their video is ready.</p>
      ) : canReview ? (
        <fieldset aria-label="My decision" aria-busy={pending} className="flex min-w-0 flex-wrap gap-2">
          {REVIEW_DECISIONS.map((decision) => (
            <Button
              key={decision}
              aria-pressed={myDecision === decision}
              disabled={!hydrated || pending}
              onClick={() => decide(myDecision === decision ? null : decision)}
            >
              {DECISION_ACTIONS[decision]}
            </Button>
          ))}
          {myDecision ? (
            <Button disabled={!hydrated || pending} onClick={() => decide(null)}>
              Clear my decision
            </Button>
          ) : null}
        </fieldset>
      ) : (
        <p className="text-sm text-zinc-400">Your role cannot review takes.</p>
      )}
    </Card>
  );
}
