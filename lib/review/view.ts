/** What the take page knows about a take's review: plain, serializable, built by lib/review/take-review.ts. */
import type { CommentDrawing } from "@/lib/review/drawing";
import type { CameraVerdict, ReviewDecision, ReviewState } from "@/lib/review/review-values";

export type DecisionView = { reviewerId: string; reviewerName: string; decision: ReviewDecision; decidedAt: string };

type ReplyView = { id: string; authorName: string; authorId: string | null; body: string; createdAt: string };

export type ThreadView = {
  id: string;
  authorName: string;
  authorId: string | null;
  body: string;
  atMs: number;
  /** A range comment's end; null for a comment on one moment. */
  endMs: number | null;
  drawing: CommentDrawing | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  sharedAt: string | null;
  sharedByName: string | null;
  replies: ReplyView[];
};

export type VerdictView = { verdict: CameraVerdict; byName: string; at: string } | null;

export type TakeReviewView = {
  state: ReviewState;
  stateAt: string | null;
  decisions: DecisionView[];
  myDecision: ReviewDecision | null;
  verdict: VerdictView;
  favourite: boolean;
  threads: ThreadView[];
  /** Frames per second read from the stored video; null until known (lib/review/frames.ts has the fallback). */
  videoFps: number | null;
};

/** An open comment's place on another player (compare): its moment or range, and its drawing. */
export type CommentMarkView = {
  id: string;
  atMs: number;
  endMs: number | null;
  drawing: CommentDrawing | null;
  /** "Rae: the sky flickers", shortened: what the mark is called. */
  label: string;
};
