/** The shot panel of a take's page: the take's shot, and the recent shots it could move to. */
import "server-only";
import { can, type Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { countVisibleTakesInShot, getVisibleShot, listRecentShots } from "@/lib/db/queries/shots";
import { getVisibleTake } from "@/lib/db/queries/takes";
import { AppError } from "@/lib/errors";

export type ShotChoice = { id: string; name: string; takes: number };

/** `canMove`: the viewer's role may move takes between shots (lib/auth/permissions.ts, "generate"). */
export type TakeShotView = { shot: ShotChoice; others: ShotChoice[]; canMove: boolean };

/** How many other shots the "Move to…" dialog offers, newest first. */
const MOVE_CHOICES = 30;

export async function loadTakeShot(db: Db, takeId: string, viewer: { role: Role }): Promise<TakeShotView> {
  const take = await getVisibleTake(db, takeId);
  const shot = take ? await getVisibleShot(db, take.shotId) : undefined;
  if (!take || !shot) throw new AppError("not_found:take", "This take no longer exists.");
  const [takes, others] = await Promise.all([
    countVisibleTakesInShot(db, shot.id),
    listRecentShots(db, { limit: MOVE_CHOICES, excluding: shot.id }),
  ]);
  return { shot: { id: shot.id, name: shot.name, takes }, others, canMove: can(viewer.role, "generate") };
}
