"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { CurrentUser } from "@/lib/auth/authorize";
import { runAuthorizedAction } from "@/lib/auth/authorized-action";
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
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

/** Sets (or, with `decision: null`, clears) my decision on a take. */
export async function setReviewDecisionAction(input: unknown): Promise<ActionResult<{ state: ReviewState }>> {
  return run("setReviewDecisionAction", "review", decisionSchema, input, async (data, actor, db) => {
    const result = await setReviewDecision(db, { takeId: data.takeId, reviewerId: actor.id, decision: data.decision });
    return { takeId: data.takeId, data: result };
  });
}

export async function addCommentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("addCommentAction", "review", addCommentSchema, input, async (data, actor, db) => {
    const comment = await addComment(db, { takeId: data.takeId, authorId: actor.id, body: data.body, atMs: data.atMs });
    return { takeId: comment.takeId, data: { id: comment.id } };
  });
}

export async function addReplyAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("addReplyAction", "review", addReplySchema, input, async (data, actor, db) => {
    const reply = await addReply(db, { parentId: data.commentId, authorId: actor.id, body: data.body });
    return { takeId: reply.takeId, data: { id: reply.id } };
  });
}

export async function setCommentResolvedAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("setCommentResolvedAction", "review", resolveCommentSchema, input, async (data, actor, db) => {
    const comment = await setThreadResolved(db, {
      commentId: data.commentId,
      actorId: actor.id,
      resolved: data.resolved,
    });
    return { takeId: comment.takeId, data: { id: comment.id } };
  });
}

/** Whether a thread shows on the take's share links. */
export async function setCommentSharedAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("setCommentSharedAction", "review", shareCommentSchema, input, async (data, actor, db) => {
    const comment = await setThreadShared(db, { commentId: data.commentId, actorId: actor.id, shared: data.shared });
    return { takeId: comment.takeId, data: { id: comment.id } };
  });
}

/** "Camera followed?": yes, partly, no, or `null` to clear. */
export async function setCameraVerdictAction(input: unknown): Promise<ActionResult<{ takeId: string }>> {
  return run("setCameraVerdictAction", "review", verdictSchema, input, async (data, actor, db) => {
    await setCameraVerdict(db, { takeId: data.takeId, actorId: actor.id, verdict: data.verdict });
    return { takeId: data.takeId, data: { takeId: data.takeId } };
  });
}

/** A private star: any member who can view may keep favourites. */
export async function setFavouriteAction(input: unknown): Promise<ActionResult<{ favourite: boolean }>> {
  return run("setFavouriteAction", "view", favouriteSchema, input, async (data, actor, db) => {
    await setFavourite(db, { userId: actor.id, takeId: data.takeId, favourite: data.favourite });
    return { takeId: data.takeId, data: { favourite: data.favourite } };
  });
}

/**
 * Refreshes the take's page (its data comes back with this answer, so the page updates without a
 * reload and the video keeps playing) and the gallery once the work is done.
 */
function run<Schema extends z.ZodType, T>(
  name: string,
  permission: Permission,
  schema: Schema,
  input: unknown,
  work: (data: z.output<Schema>, actor: CurrentUser, db: Db) => Promise<{ takeId: string; data: T }>,
): Promise<ActionResult<T>> {
  return runAuthorizedAction({
    name,
    permission,
    schema,
    input,
    work: async (data, actor, db) => {
      const { takeId, data: result } = await work(data, actor, db);
      revalidatePath(`/takes/${takeId}`);
      revalidatePath("/gallery");
      return result;
    },
  });
}
