/** Queries for running the job worker outside the web server. */
import "server-only";
import { notInArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { generations } from "../schema";

export async function countUnfinishedGenerations(db: Db): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(generations)
    .where(notInArray(generations.status, ["ready", "failed"]));
  return row?.count ?? 0;
}
