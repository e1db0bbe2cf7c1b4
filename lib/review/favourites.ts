/** A member's favourite takes: a private star, so it needs only the "view" permission. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { addFavourite, removeFavourite } from "@/lib/db/queries/favourites";
import { getVisibleGeneration } from "@/lib/db/queries/generations";
import { AppError } from "@/lib/errors";

export async function setFavourite(
  db: Db,
  input: { userId: string; generationId: string; favourite: boolean; now?: Date },
): Promise<void> {
  const who = { userId: input.userId, generationId: input.generationId };
  if (!input.favourite) {
    await removeFavourite(db, who);
    return;
  }
  if (!(await getVisibleGeneration(db, input.generationId))) {
    throw new AppError("not_found:generation", "This take no longer exists.");
  }
  await addFavourite(db, { ...who, now: input.now ?? new Date() });
}
