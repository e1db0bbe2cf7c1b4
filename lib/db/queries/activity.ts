/** The activity feed: newest first, in keyset pages over (at, id). */
import "server-only";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { users } from "../auth-schema";
import type { Db } from "../client";
import { type ActivityKind, activity } from "../review-schema";
import { shots, takes } from "../schema";

export type ActivityCursor = { at: Date; id: string };

export type ActivityRow = {
  id: string;
  at: Date;
  kind: ActivityKind;
  detail: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  takeId: string | null;
  prompt: string | null;
  takeDeleted: boolean;
  /** The shot the entry is about and its current name; null when none, or when the shot is gone. */
  shotId: string | null;
  shotName: string | null;
};

/** One page of the feed, and the cursor of the next page (null at the end). */
export async function listActivity(
  db: Db,
  options: { cursor?: ActivityCursor; kind?: ActivityKind; limit: number },
): Promise<{ items: ActivityRow[]; nextCursor: ActivityCursor | null }> {
  const conditions: (SQL | undefined)[] = [];
  if (options.kind) conditions.push(eq(activity.kind, options.kind));
  if (options.cursor) {
    const { at, id } = options.cursor;
    conditions.push(or(lt(activity.at, at), and(eq(activity.at, at), lt(activity.id, id))));
  }
  const rows = await db
    .select({
      id: activity.id,
      at: activity.at,
      kind: activity.kind,
      detail: activity.detail,
      actorId: activity.actorId,
      actorName: users.name,
      takeId: activity.takeId,
      prompt: takes.prompt,
      deletedAt: takes.deletedAt,
      shotId: shots.id,
      shotName: shots.name,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .leftJoin(takes, eq(takes.id, activity.takeId))
    .leftJoin(shots, eq(shots.id, activity.shotId))
    .where(and(...conditions))
    .orderBy(desc(activity.at), desc(activity.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ deletedAt, ...row }) => ({ ...row, takeDeleted: deletedAt !== null })),
    nextCursor: rows.length > options.limit && last ? { at: last.at, id: last.id } : null,
  };
}
