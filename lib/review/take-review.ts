/** Everything the take page shows about a take's review, for one viewer, in a few small queries. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { listComments } from "@/lib/db/queries/comments";
import { isFavourite } from "@/lib/db/queries/favourites";
import { getUserName, listReviewDecisions } from "@/lib/db/queries/reviews";
import type { Take } from "@/lib/db/schema";
import { readDrawing } from "./drawing";
import { FORMER_MEMBER } from "./labels";
import type { TakeReviewView, ThreadView, VerdictView } from "./view";

export async function loadTakeReview(db: Db, options: { take: Take; viewerId: string }): Promise<TakeReviewView> {
  const { take, viewerId } = options;
  const [decisions, comments, favourite, verdictBy] = await Promise.all([
    listReviewDecisions(db, take.id),
    listComments(db, take.id),
    isFavourite(db, { userId: viewerId, takeId: take.id }),
    take.cameraVerdictBy ? getUserName(db, take.cameraVerdictBy) : Promise.resolve(null),
  ]);
  const verdict: VerdictView =
    take.cameraVerdict && take.cameraVerdictAt
      ? { verdict: take.cameraVerdict, byName: verdictBy ?? FORMER_MEMBER, at: take.cameraVerdictAt.toISOString() }
      : null;
  return {
    state: take.reviewState,
    stateAt: take.reviewStateAt?.toISOString() ?? null,
    decisions: decisions.map((row) => ({ ...row, decidedAt: row.decidedAt.toISOString() })),
    myDecision: decisions.find((row) => row.reviewerId === viewerId)?.decision ?? null,
    verdict,
    favourite,
    threads: toThreads(comments),
    videoFps: take.videoFps,
  };
}

type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

/** Top-level comments in the order of the video (then of writing), each with its replies oldest first. */
function toThreads(rows: CommentRow[]): ThreadView[] {
  const threads = new Map<string, ThreadView>();
  for (const row of rows) {
    if (row.parentId !== null || row.atMs === null) continue;
    threads.set(row.id, {
      id: row.id,
      authorId: row.authorId,
      authorName: row.authorName ?? FORMER_MEMBER,
      body: row.body,
      atMs: row.atMs,
      endMs: row.endMs,
      drawing: readDrawing(row.drawing),
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      resolvedByName: row.resolvedAt ? (row.resolvedByName ?? FORMER_MEMBER) : null,
      sharedAt: row.sharedAt?.toISOString() ?? null,
      sharedByName: row.sharedAt ? (row.sharedByName ?? FORMER_MEMBER) : null,
      replies: [],
    });
  }
  for (const row of rows) {
    if (row.parentId === null) continue;
    threads.get(row.parentId)?.replies.push({
      id: row.id,
      authorId: row.authorId,
      authorName: row.authorName ?? FORMER_MEMBER,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return [...threads.values()].sort((a, b) => a.atMs - b.atMs || a.createdAt.localeCompare(b.createdAt));
}
