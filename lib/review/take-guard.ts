/** The checks every review write makes on its take, inside its transaction, with the take locked. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { lockTake } from "@/lib/db/queries/reviews";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** The take, locked for the transaction; AppError when it is gone or not ready to be judged. */
export async function lockReviewableTake(db: Db, id: string): Promise<Take> {
  const take = await lockVisibleTake(db, id);
  if (take.status !== "ready") {
    throw new AppError("conflict:take_not_ready", "Only a ready take can be reviewed: wait until its video is saved.");
  }
  return take;
}

export async function lockVisibleTake(db: Db, id: string): Promise<Take> {
  const take = await lockTake(db, id);
  if (!take || take.deletedAt) throw new AppError("not_found:take", "This take no longer exists.");
  return take;
}
