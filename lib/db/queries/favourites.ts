/** Queries on members' favourite takes. Each takes the database first. */
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { favourites } from "../review-schema";

/** Idempotent: starring a starred take changes nothing. */
export async function addFavourite(db: Db, values: { userId: string; generationId: string; now: Date }): Promise<void> {
  await db
    .insert(favourites)
    .values({ userId: values.userId, generationId: values.generationId, createdAt: values.now })
    .onConflictDoNothing();
}

export async function removeFavourite(db: Db, values: { userId: string; generationId: string }): Promise<void> {
  await db.delete(favourites).where(and(eq(favourites.userId, values.userId), eq(favourites.generationId, values.generationId)));
}

export async function isFavourite(db: Db, values: { userId: string; generationId: string }): Promise<boolean> {
  const rows = await db
    .select({ userId: favourites.userId })
    .from(favourites)
    .where(and(eq(favourites.userId, values.userId), eq(favourites.generationId, values.generationId)))
    .limit(1);
  return rows.length > 0;
}
