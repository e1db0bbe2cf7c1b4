/** A member's favourite takes: a private star, so it needs only the "view" permission. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { addFavourite, removeFavourite } from "@/lib/db/queries/favourites";
import { getVisibleTake } from "@/lib/db/queries/takes";
import { AppError } from "@/lib/errors";

export async function setFavourite(
  db: Db,
  input: { userId: string; takeId: string; favourite: boolean; now?: Date },
): Promise<void> {
  const who = { userId: input.userId, takeId: input.takeId };
  if (!input.favourite) {
    await removeFavourite(db, who);
    return;
  }
  if (!(await getVisibleTake(db, input.takeId))) {
    throw new AppError("not_found:take", "This take no longer exists.");
  }
  await addFavourite(db, { ...who, now: input.now ?? new Date() });
}
