"use client";

import { Button } from "@/components/ui/button";
import { VERDICT_LABELS } from "@/lib/review/labels";
import { CAMERA_VERDICTS, type CameraVerdict } from "@/lib/review/review-values";
import type { VerdictView } from "@/lib/review/view";
import { setCameraVerdictAction } from "./review-actions";
import { RelativeTime, useHydrated, useReviewAction } from "./review-controls";

/** "Camera followed?" beside the synced preview: did the model do the move that was asked for? */
export function ReviewVerdict(props: { takeId: string; canReview: boolean; verdict: VerdictView }) {
  const { takeId, canReview, verdict } = props;
  const hydrated = useHydrated();
  const { pending, run } = useReviewAction();
  const judge = (value: CameraVerdict | null) => run(() => setCameraVerdictAction({ takeId, verdict: value }));

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span id="verdict-label" className="font-medium text-zinc-300">
        Camera followed?
      </span>
      {canReview ? (
        <fieldset aria-labelledby="verdict-label" aria-busy={pending} className="flex min-w-0 gap-1">
          {CAMERA_VERDICTS.map((value) => (
            <Button
              key={value}
              aria-pressed={verdict?.verdict === value}
              disabled={!hydrated || pending}
              onClick={() => judge(verdict?.verdict === value ? null : value)}
            >
              {VERDICT_LABELS[value]}
            </Button>
          ))}
          {verdict ? (
            <Button disabled={!hydrated || pending} onClick={() => judge(null)}>
              Clear verdict
            </Button>
          ) : null}
        </fieldset>
      ) : null}
      <p aria-live="polite" className="text-zinc-400">
        {verdict ? (
          <>
            {VERDICT_LABELS[verdict.verdict]}, by {verdict.byName} · <RelativeTime iso={verdict.at} />
          </>
        ) : (
          "Not judged yet."
        )}
      </p>
    </div>
  );
}
