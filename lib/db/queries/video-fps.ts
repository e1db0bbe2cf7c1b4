/** A stored video's frame rate, for takes stored before it was read at download. */
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { takes } from "../schema";

/** Records the rate read from the file; a rate already stored is kept. */
export async function saveVideoFps(db: Db, options: { id: string; fps: number }): Promise<void> {
  await db
    .update(takes)
    .set({ videoFps: options.fps })
    .where(and(eq(takes.id, options.id), isNull(takes.videoFps)));
}
