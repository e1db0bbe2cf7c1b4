/** Queries on members' favourite takes. Each takes the database first. */
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { favourites } from "../review-schema";

/** Idempotent: starring a starred take changes nothing. */
export async function addFavourite(db: Db, values: { userId: string; takeId: string; now: Date }): Promise<void> {
  await db
    .insert(favourites)
    .values({ userId: values.userId, takeId: values.takeId, createdAt: values.now })
    .onConflictDoNothing();
}

export async function removeFavourite(db: Db, values: { userId: string; takeId: string }): Promise<void> {
  await db.delete(favourites).where(and(eq(favourites.userId, values.userId), eq(favourites.takeId, values.takeId)));
}

export async function isFavourite(db: Db, values: { userId: string; takeId: string }): Promise<boolean> {
  const rows = await db
    .select({ userId: favourites.userId })
    .from(favourites)
    .where(and(eq(favourites.userId, values.userId), eq(favourites.takeId, values.takeId)))
    .limit(1);
  return rows.length > 0;
}
