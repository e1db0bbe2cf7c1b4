/**
 * The activity feed's one writer: every action that the team should see (generated, reviewed,
 * commented…) calls `recordActivity`, inside the action's own transaction when it has one.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { type ActivityKind, activity } from "@/lib/db/review-schema";

export type ActivityEntry = {
  actorId: string | null;
  kind: ActivityKind;
  takeId?: string | null;
  /** The shot the entry is about (circled, moved, renamed). */
  shotId?: string | null;
  detail?: Record<string, unknown>;
  at?: Date;
};

export async function recordActivity(db: Db, entry: ActivityEntry): Promise<void> {
  await db.insert(activity).values({
    id: randomUUID(),
    at: entry.at ?? new Date(),
    actorId: entry.actorId,
    kind: entry.kind,
    takeId: entry.takeId ?? null,
    shotId: entry.shotId ?? null,
    detail: entry.detail ?? {},
  });
}
