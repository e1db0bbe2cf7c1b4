"use server";

import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/server-action";
import { circleTakeSchema, moveTakeSchema, renameShotSchema, takeShotSchema } from "@/lib/shots/shot.schema";
import { circleTake, moveTake, renameShot } from "@/lib/shots/shots";
import { loadTakeShot, type TakeShotView } from "@/lib/shots/take-shot";

// Circling is a review act: every role that reviews may circle the team's pick. Moving a take and
// renaming a shot reorganize what the team sees, as deleting does: creators and admins ("generate").

/** Circles a take of the shot (replacing the circle before), or with `takeId: null` takes the circle off. */
export async function circleTakeAction(
  input: unknown,
): Promise<ActionResult<{ shotId: string; circledTakeId: string | null }>> {
  return runAction({
    name: "circleTakeAction",
    permission: "review",
    schema: circleTakeSchema,
    input,
    revalidate: (data) => [`/shots/${data.shotId}`, "/gallery", "/activity"],
    work: (data, { actor, db }) => circleTake(db, { shotId: data.shotId, takeId: data.takeId, actorId: actor.id }),
  });
}

export async function renameShotAction(input: unknown): Promise<ActionResult<{ shotId: string; name: string }>> {
  return runAction({
    name: "renameShotAction",
    permission: "generate",
    schema: renameShotSchema,
    input,
    revalidate: (data) => [`/shots/${data.shotId}`, "/gallery", "/activity"],
    work: (data, { actor, db }) => renameShot(db, { shotId: data.shotId, name: data.name, actorId: actor.id }),
  });
}

/** Moves a take to another shot, or (`target: "new"`) into a new shot of its own. */
export async function moveTakeAction(
  input: unknown,
): Promise<ActionResult<{ takeId: string; fromShotId: string; shotId: string; shotName: string }>> {
  return runAction({
    name: "moveTakeAction",
    permission: "generate",
    schema: moveTakeSchema,
    input,
    revalidate: (data, moved) => [
      `/takes/${data.takeId}`,
      `/shots/${moved.shotId}`,
      `/shots/${moved.fromShotId}`,
      "/gallery",
      "/activity",
    ],
    work: (data, { actor, db }) => moveTake(db, { takeId: data.takeId, target: data.target, actorId: actor.id }),
  });
}

/** A take's shot and the shots it could move to, for the take page's shot panel. */
export async function loadTakeShotAction(takeId: unknown): Promise<ActionResult<TakeShotView>> {
  return runAction({
    name: "loadTakeShotAction",
    permission: "view",
    schema: takeShotSchema,
    input: takeId,
    work: (id, { actor, db }) => loadTakeShot(db, id, actor),
  });
}
