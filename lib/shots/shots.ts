/**
 * What the team does to shots: circle its pick, move a take to another (or a new) shot, rename a shot.
 * Each runs in one transaction with the rows it changes locked, and writes its entry in the activity feed.
 * The database keeps the rest true (a moved circled take loses its circle, an empty shot goes).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { lockTake } from "@/lib/db/queries/reviews";
import {
  countVisibleTakesInShot,
  insertShot,
  lockShot,
  updateShotCircle,
  updateShotName,
  updateTakeShot,
} from "@/lib/db/queries/shots";
import type { Shot, Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** Circles a take of the shot (the team's pick; it replaces the one before), or with `takeId: null` uncircles. */
export async function circleTake(
  db: Db,
  input: { shotId: string; takeId: string | null; actorId: string; now?: Date },
): Promise<{ shotId: string; circledTakeId: string | null }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const shot = await lockVisibleShot(tx, input.shotId);
    if (input.takeId !== null) {
      const take = await lockVisibleTake(tx, input.takeId);
      if (take.shotId !== shot.id) {
        throw new AppError(
          "conflict:take_in_another_shot",
          "That take belongs to another shot: circle it on its own shot's page, or move it here first.",
        );
      }
      if (take.status !== "ready") {
        throw new AppError(
          "conflict:take_not_ready",
          "Only a ready take can be circled: wait until its video is saved.",
        );
      }
    }
    const previous = shot.circledTakeId;
    await updateShotCircle(tx, {
      id: shot.id,
      takeId: input.takeId,
      by: input.takeId ? input.actorId : null,
      at: input.takeId ? now : null,
    });
    await recordActivity(tx, {
      actorId: input.actorId,
      kind: "circled",
      takeId: input.takeId ?? previous,
      shotId: shot.id,
      at: now,
      detail: { shotName: shot.name, circled: input.takeId !== null },
    });
    return { shotId: shot.id, circledTakeId: input.takeId };
  });
}

/** Moves a take into another shot, or ("new") into a new shot of its own named after its prompt. */
export async function moveTake(
  db: Db,
  input: { takeId: string; target: string | "new"; actorId: string; now?: Date },
): Promise<{ takeId: string; fromShotId: string; shotId: string; shotName: string }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const take = await lockVisibleTake(tx, input.takeId);
    const from = await lockShot(tx, take.shotId);
    const target =
      input.target === "new"
        ? await newShotFor(tx, take, { actorId: input.actorId, now })
        : await lockVisibleShot(tx, input.target);
    if (target.id === take.shotId) throw new AppError("conflict:same_shot", "The take is already in that shot.");
    await updateTakeShot(tx, { takeId: take.id, shotId: target.id });
    await recordActivity(tx, {
      actorId: input.actorId,
      kind: "moved",
      takeId: take.id,
      shotId: target.id,
      at: now,
      detail: {
        shotName: target.name,
        fromShotId: take.shotId,
        fromShotName: from?.name ?? null,
        newShot: input.target === "new",
      },
    });
    return { takeId: take.id, fromShotId: take.shotId, shotId: target.id, shotName: target.name };
  });
}

/** Renames a shot; the name is validated by the caller's schema (shotNameSchema: trimmed, 1–80 characters). */
export async function renameShot(
  db: Db,
  input: { shotId: string; name: string; actorId: string; now?: Date },
): Promise<{ shotId: string; name: string }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const shot = await lockVisibleShot(tx, input.shotId);
    if (shot.name === input.name) return { shotId: shot.id, name: shot.name };
    await updateShotName(tx, { id: shot.id, name: input.name });
    await recordActivity(tx, {
      actorId: input.actorId,
      kind: "renamed",
      shotId: shot.id,
      at: now,
      detail: { name: input.name, previousName: shot.name },
    });
    return { shotId: shot.id, name: input.name };
  });
}

async function newShotFor(tx: Db, take: Take, options: { actorId: string; now: Date }): Promise<Shot> {
  if ((await countVisibleTakesInShot(tx, take.shotId)) === 1) {
    throw new AppError("conflict:same_shot", "This take is already the only take of its shot.");
  }
  return insertShot(tx, {
    id: randomUUID(),
    createdAt: options.now,
    createdBy: options.actorId,
    namedAfterPrompt: take.prompt,
  });
}

/** The shot locked; not found when it is gone or every take of it is deleted. */
async function lockVisibleShot(tx: Db, id: string): Promise<Shot> {
  const shot = await lockShot(tx, id);
  if (!shot || (await countVisibleTakesInShot(tx, id)) === 0) {
    throw new AppError("not_found:shot", "This shot no longer exists: its takes may have been deleted or moved.");
  }
  return shot;
}

async function lockVisibleTake(tx: Db, id: string): Promise<Take> {
  const take = await lockTake(tx, id);
  if (!take || take.deletedAt) throw new AppError("not_found:take", "This take no longer exists.");
  return take;
}
