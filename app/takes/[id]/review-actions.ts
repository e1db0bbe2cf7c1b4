"use server";

import type { ActionResult } from "@/lib/action-result";
import { addComment, addReply, setThreadResolved, setThreadShared } from "@/lib/review/comments";
import { setReviewDecision } from "@/lib/review/decisions";
import { setFavourite } from "@/lib/review/favourites";
import {
  addCommentSchema,
  addReplySchema,
  decisionSchema,
  favouriteSchema,
  resolveCommentSchema,
  shareCommentSchema,
  verdictSchema,
} from "@/lib/review/review.schema";
import type { ReviewState } from "@/lib/review/review-values";
import { setCameraVerdict } from "@/lib/review/verdict";
import { runAction } from "@/lib/server-action";

// Every review action refreshes the take's page (its data comes back with the answer, so the page
// updates without a reload and the video keeps playing) and the gallery once its work is done. A
// reply's or a thread's take is known only once its comment is found, so those answers name it.

/** Sets (or, with `decision: null`, clears) my decision on a take. */
export async function setReviewDecisionAction(input: unknown): Promise<ActionResult<{ state: ReviewState }>> {
  return runAction({
    name: "setReviewDecisionAction",
    permission: "review",
    schema: decisionSchema,
    input,
    revalidate: (data) => takePages(data.takeId),
    work: (data, { actor, db }) =>
      setReviewDecision(db, { takeId: data.takeId, reviewerId: actor.id, decision: data.decision }),
  });
}

export async function addCommentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction({
    name: "addCommentAction",
    permission: "review",
    schema: addCommentSchema,
    input,
    revalidate: (data) => takePages(data.takeId),
    work: async (data, { actor, db }) => {
      const comment = await addComment(db, {
        takeId: data.takeId,
        authorId: actor.id,
        body: data.body,
        atMs: data.atMs,
        endMs: data.endMs,
        drawing: data.drawing,
      });
      return { id: comment.id };
    },
  });
}

export async function addReplyAction(input: unknown): Promise<ActionResult<{ id: string; takeId: string }>> {
  return runAction({
    name: "addReplyAction",
    permission: "review",
    schema: addReplySchema,
    input,
    revalidate: (_data, reply) => takePages(reply.takeId),
    work: async (data, { actor, db }) => {
      const reply = await addReply(db, { parentId: data.commentId, authorId: actor.id, body: data.body });
      return { id: reply.id, takeId: reply.takeId };
    },
  });
}

export async function setCommentResolvedAction(input: unknown): Promise<ActionResult<{ id: string; takeId: string }>> {
  return runAction({
    name: "setCommentResolvedAction",
    permission: "review",
    schema: resolveCommentSchema,
    input,
    revalidate: (_data, comment) => takePages(comment.takeId),
    work: async (data, { actor, db }) => {
      const comment = await setThreadResolved(db, {
        commentId: data.commentId,
        actorId: actor.id,
        resolved: data.resolved,
      });
      return { id: comment.id, takeId: comment.takeId };
    },
  });
}

/** Whether a thread shows on the take's share links. */
export async function setCommentSharedAction(input: unknown): Promise<ActionResult<{ id: string; takeId: string }>> {
  return runAction({
    name: "setCommentSharedAction",
    permission: "review",
    schema: shareCommentSchema,
    input,
    revalidate: (_data, comment) => takePages(comment.takeId),
    work: async (data, { actor, db }) => {
      const comment = await setThreadShared(db, { commentId: data.commentId, actorId: actor.id, shared: data.shared });
      return { id: comment.id, takeId: comment.takeId };
    },
  });
}

/** "Camera followed?": yes, partly, no, or `null` to clear. */
export async function setCameraVerdictAction(input: unknown): Promise<ActionResult<{ takeId: string }>> {
  return runAction({
    name: "setCameraVerdictAction",
    permission: "review",
    schema: verdictSchema,
    input,
    revalidate: (data) => takePages(data.takeId),
    work: async (data, { actor, db }) => {
      await setCameraVerdict(db, { takeId: data.takeId, actorId: actor.id, verdict: data.verdict });
      return { takeId: data.takeId };
    },
  });
}

/** A private star: any member who can view may keep favourites. */
export async function setFavouriteAction(input: unknown): Promise<ActionResult<{ favourite: boolean }>> {
  return runAction({
    name: "setFavouriteAction",
    permission: "view",
    schema: favouriteSchema,
    input,
    revalidate: (data) => takePages(data.takeId),
    work: async (data, { actor, db }) => {
      await setFavourite(db, { userId: actor.id, takeId: data.takeId, favourite: data.favourite });
      return { favourite: data.favourite };
    },
  });
}

function takePages(takeId: string): string[] {
  return [`/takes/${takeId}`, "/gallery"];
}
