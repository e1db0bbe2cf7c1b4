/**
 * The checks every review write makes on its take, inside its transaction, with the take locked; and
 * writeReview, which runs such a write with its entry in the activity feed.
 */
import "server-only";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { lockTake } from "@/lib/db/queries/reviews";
import type { ActivityKind } from "@/lib/db/review-schema";
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

/**
 * A review write on one take: in a transaction, the take locked and checked, then `write`, then the
 * write's entry in the activity feed, by the same actor at the same time.
 */
export async function writeReview<T>(
  db: Db,
  entry: { takeId: string; actorId: string; now: Date; kind: ActivityKind; detail: Record<string, unknown> },
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await lockReviewableTake(tx, entry.takeId);
    const result = await write(tx);
    const { actorId, kind, takeId, detail, now } = entry;
    await recordActivity(tx, { actorId, kind, takeId, detail, at: now });
    return result;
  });
}

async function lockVisibleTake(db: Db, id: string): Promise<Take> {
  const take = await lockTake(db, id);
  if (!take || take.deletedAt) throw new AppError("not_found:take", "This take no longer exists.");
  return take;
}
