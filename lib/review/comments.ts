/**
 * Time-coded comments on a take: a top-level comment is about one moment of the video or a range of it,
 * and may carry a drawing on the frame; replies (one level deep) answer it. Threads can be resolved and reopened, and marked to show on share links.
 * Every write checks the take and records its activity in the same transaction.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import {
  type CommentMark,
  type CommentValues,
  getComment,
  insertComment,
  updateCommentMark,
} from "@/lib/db/queries/comments";
import type { TakeComment } from "@/lib/db/review-schema";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { type CommentDrawing, commentDrawingSchema } from "./drawing";
import { commentBodySchema } from "./review.schema";
import { lockReviewableTake } from "./take-guard";

const EXCERPT_LENGTH = 80;

export async function addComment(
  db: Db,
  input: {
    takeId: string;
    authorId: string;
    body: string;
    atMs: number;
    /** A range comment's end (after `atMs`); null or absent for one moment. */
    endMs?: number | null;
    drawing?: CommentDrawing | null;
    now?: Date;
  },
): Promise<TakeComment> {
  const body = validBody(input.body);
  const drawing = validDrawing(input.drawing);
  const endMs = input.endMs ?? null;
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const take = await lockReviewableTake(tx, input.takeId);
    const lengthMs = videoLengthMs(take);
    if (!isMoment(input.atMs, lengthMs)) {
      throw new AppError(
        "bad_request:comment_time",
        `Comment on a moment between 0 and ${(lengthMs / 1000).toFixed(1)} s.`,
        {
          fieldErrors: { atMs: ["That moment is outside the video."] },
        },
      );
    }
    if (endMs !== null && (!isMoment(endMs, lengthMs) || endMs <= input.atMs)) {
      throw new AppError(
        "bad_request:comment_range",
        `A range ends after its start and by the end of the video (${(lengthMs / 1000).toFixed(1)} s).`,
        { fieldErrors: { endMs: ["Set the range's end after its start, within the video."] } },
      );
    }
    return writeComment(
      tx,
      { takeId: take.id, parentId: null, authorId: input.authorId, body, atMs: input.atMs, endMs, drawing, now },
      { kind: "commented", detail: { atMs: input.atMs, ...(endMs === null ? {} : { endMs }) } },
    );
  });
}

/** A reply to a top-level comment; replies have no moment of their own and cannot be replied to. */
export async function addReply(
  db: Db,
  input: { parentId: string; authorId: string; body: string; now?: Date },
): Promise<TakeComment> {
  const body = validBody(input.body);
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const parent = await topLevelComment(tx, input.parentId);
    await lockReviewableTake(tx, parent.takeId);
    return writeComment(
      tx,
      {
        takeId: parent.takeId,
        parentId: parent.id,
        authorId: input.authorId,
        body,
        atMs: null,
        endMs: null,
        drawing: null,
        now,
      },
      { kind: "replied", detail: { parentId: parent.id } },
    );
  });
}

/** Resolves (or reopens) a thread. */
export async function setThreadResolved(
  db: Db,
  input: { commentId: string; actorId: string; resolved: boolean; now?: Date },
): Promise<TakeComment> {
  return markThread(db, { ...input, mark: "resolved", on: input.resolved });
}

/** Whether a thread's comment may appear on the take's share links. */
export async function setThreadShared(
  db: Db,
  input: { commentId: string; actorId: string; shared: boolean; now?: Date },
): Promise<TakeComment> {
  return markThread(db, { ...input, mark: "shared", on: input.shared });
}

/** Stores a comment or a reply, and its entry in the activity feed with the comment's id and an excerpt. */
async function writeComment(
  tx: Db,
  values: Omit<CommentValues, "id">,
  entry: { kind: "commented" | "replied"; detail: Record<string, unknown> },
): Promise<TakeComment> {
  const comment = await insertComment(tx, { id: randomUUID(), ...values });
  await recordActivity(tx, {
    actorId: values.authorId,
    kind: entry.kind,
    takeId: values.takeId,
    detail: { commentId: comment.id, ...entry.detail, excerpt: excerpt(values.body) },
    at: values.now,
  });
  return comment;
}

/** Sets or clears a thread's mark; resolving and reopening also go to the activity feed, sharing does not. */
async function markThread(
  db: Db,
  input: { commentId: string; actorId: string; mark: CommentMark; on: boolean; now?: Date },
): Promise<TakeComment> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const comment = await topLevelComment(tx, input.commentId);
    await lockReviewableTake(tx, comment.takeId);
    const updated = await updateCommentMark(tx, {
      id: comment.id,
      mark: input.mark,
      on: input.on,
      by: input.actorId,
      now,
    });
    if (!updated) throw gone();
    if (input.mark === "resolved") {
      await recordActivity(tx, {
        actorId: input.actorId,
        kind: "resolved",
        takeId: comment.takeId,
        detail: { commentId: comment.id, resolved: input.on },
        at: now,
      });
    }
    return updated;
  });
}

async function topLevelComment(db: Db, id: string): Promise<TakeComment> {
  const comment = await getComment(db, id);
  if (!comment) throw gone();
  if (comment.parentId) {
    throw new AppError("bad_request:reply_to_reply", "Replies go under the comment that started the thread.");
  }
  return comment;
}

/** The saved video's length; a take saved before lengths were measured falls back to the length it asked for. */
function videoLengthMs(take: Take): number {
  return take.videoDurationMs ?? Number(take.duration) * 1000;
}

function isMoment(ms: number, lengthMs: number): boolean {
  return Number.isInteger(ms) && ms >= 0 && ms <= lengthMs;
}

/** Callers outside the action (tests, scripts) pass through the same boundary as the action's schema. */
function validDrawing(drawing: CommentDrawing | null | undefined): CommentDrawing | null {
  if (drawing === null || drawing === undefined) return null;
  const parsed = commentDrawingSchema.safeParse(drawing);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "That drawing cannot be saved.";
    throw new AppError("bad_request:comment_drawing", message, { fieldErrors: { drawing: [message] } });
  }
  return parsed.data;
}

function validBody(text: string): string {
  const parsed = commentBodySchema.safeParse(text);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Write a comment.";
    throw new AppError("bad_request:comment_body", message, { fieldErrors: { body: [message] } });
  }
  return parsed.data;
}

/** Cut between characters, never inside one (half an emoji is not valid JSON for the activity's detail). */
function excerpt(body: string): string {
  const characters = Array.from(body);
  return characters.length > EXCERPT_LENGTH ? `${characters.slice(0, EXCERPT_LENGTH - 1).join("")}…` : body;
}

function gone(): AppError {
  return new AppError("not_found:comment", "This comment no longer exists.");
}
