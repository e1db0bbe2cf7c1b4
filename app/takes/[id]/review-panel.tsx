"use client";

import { DECISION_ACTIONS, STATE_LABELS } from "@/lib/review/labels";
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewState } from "@/lib/review/review-values";
import type { DecisionView } from "@/lib/review/view";
import { setReviewDecisionAction } from "./review-actions";
import { RelativeTime, TOGGLE, useHydrated, useReviewAction } from "./review-controls";

const STATE_STYLES: Record<ReviewState, string> = {
  unreviewed: "bg-zinc-800 text-zinc-200",
  approved: "bg-emerald-900 text-emerald-100",
  changes_requested: "bg-amber-900 text-amber-100",
  rejected: "bg-red-900 text-red-100",
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
    <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-line bg-panel p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="review-heading" className="text-sm font-semibold text-zinc-300">
          Review
        </h2>
        <p aria-live="polite" className="text-sm">
          <span className="sr-only">Overall: </span>
          <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLES[state]}`}>
            {STATE_LABELS[state]}
          </span>
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
        <div role="group" aria-label="My decision" aria-busy={pending} className="flex flex-wrap gap-2">
          {REVIEW_DECISIONS.map((decision) => (
            <button
              key={decision}
              type="button"
              aria-pressed={myDecision === decision}
              disabled={!hydrated || pending}
              onClick={() => decide(myDecision === decision ? null : decision)}
              className={TOGGLE}
            >
              {DECISION_ACTIONS[decision]}
            </button>
          ))}
          {myDecision ? (
            <button type="button" disabled={!hydrated || pending} onClick={() => decide(null)} className={TOGGLE}>
              Clear my decision
            </button>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-zinc-400">Your role cannot review takes.</p>
      )}
    </section>
  );
}
