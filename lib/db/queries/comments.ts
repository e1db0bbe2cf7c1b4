/** Queries on time-coded comments and their replies. Each takes the database (or a transaction) first. */
import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CommentDrawing } from "@/lib/review/drawing";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { type TakeComment, takeComments } from "../review-schema";

export type CommentValues = {
  id: string;
  takeId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  atMs: number | null;
  endMs: number | null;
  drawing: CommentDrawing | null;
  now: Date;
};

export async function insertComment(db: Db, values: CommentValues): Promise<TakeComment> {
  const [row] = await db
    .insert(takeComments)
    .values({
      id: values.id,
      takeId: values.takeId,
      parentId: values.parentId,
      authorId: values.authorId,
      body: values.body,
      atMs: values.atMs,
      endMs: values.endMs,
      drawing: values.drawing,
      createdAt: values.now,
    })
    .returning();
  return row;
}

export async function getComment(db: Db, id: string): Promise<TakeComment | undefined> {
  const [row] = await db.select().from(takeComments).where(eq(takeComments.id, id)).limit(1);
  return row;
}

const resolver = alias(users, "resolver");
const sharer = alias(users, "sharer");

/** A take's comments and replies, oldest first, with the names of their authors, resolvers and sharers. */
export async function listComments(db: Db, takeId: string) {
  return db
    .select({
      id: takeComments.id,
      parentId: takeComments.parentId,
      authorId: takeComments.authorId,
      authorName: users.name,
      body: takeComments.body,
      atMs: takeComments.atMs,
      endMs: takeComments.endMs,
      drawing: takeComments.drawing,
      createdAt: takeComments.createdAt,
      resolvedAt: takeComments.resolvedAt,
      resolvedByName: resolver.name,
      sharedAt: takeComments.sharedAt,
      sharedByName: sharer.name,
    })
    .from(takeComments)
    .leftJoin(users, eq(users.id, takeComments.authorId))
    .leftJoin(resolver, eq(resolver.id, takeComments.resolvedBy))
    .leftJoin(sharer, eq(sharer.id, takeComments.sharedBy))
    .where(eq(takeComments.takeId, takeId))
    .orderBy(asc(takeComments.createdAt), asc(takeComments.id));
}

/** The two marks a thread carries, each with who set it and when: resolved, and shown on share links. */
export type CommentMark = "resolved" | "shared";

/** Sets (`on`) or clears one of a comment's marks. */
export async function updateCommentMark(
  db: Db,
  values: { id: string; mark: CommentMark; on: boolean; by: string; now: Date },
): Promise<TakeComment | undefined> {
  const at = values.on ? values.now : null;
  const by = values.on ? values.by : null;
  const [row] = await db
    .update(takeComments)
    .set(values.mark === "resolved" ? { resolvedAt: at, resolvedBy: by } : { sharedAt: at, sharedBy: by })
    .where(eq(takeComments.id, values.id))
    .returning();
  return row;
}

/** The open top-level comments of several takes, with their moments, ranges and drawings (for compare). */
export async function listOpenCommentMarks(db: Db, takeIds: string[]) {
  if (takeIds.length === 0) return [];
  return db
    .select({
      id: takeComments.id,
      takeId: takeComments.takeId,
      authorName: users.name,
      body: takeComments.body,
      atMs: takeComments.atMs,
      endMs: takeComments.endMs,
      drawing: takeComments.drawing,
    })
    .from(takeComments)
    .leftJoin(users, eq(users.id, takeComments.authorId))
    .where(
      and(
        inArray(takeComments.takeId, takeIds),
        isNull(takeComments.parentId),
        isNull(takeComments.resolvedAt),
        isNotNull(takeComments.atMs),
      ),
    )
    .orderBy(asc(takeComments.atMs), asc(takeComments.createdAt));
}
