/**
 * Deleted takes keep their media for a while (that is what makes "Undo" possible); after that, their
 * video and poster leave storage and the row goes. Only finished takes are purged: a running take may
 * still be written by the worker.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { deleteTakeRows, listPurgeableTakes } from "@/lib/db/queries/takes";
import { log } from "@/lib/log";
import type { MediaStorage } from "@/lib/storage/storage";

/** How long a deleted take can be restored. */
const PURGE_AFTER_MS = 7 * 86_400_000;

export async function purgeDeletedTakes(input: {
  db: Db;
  storage: MediaStorage;
  now: Date;
  olderThanMs?: number;
  limit?: number;
}): Promise<number> {
  const deletedBefore = new Date(input.now.getTime() - (input.olderThanMs ?? PURGE_AFTER_MS));
  const takes = await listPurgeableTakes(input.db, { deletedBefore, limit: input.limit ?? 100 });
  const purged: string[] = [];
  for (const take of takes) {
    try {
      // Media first: a row without media is harmless, media without a row would never be cleaned up.
      for (const key of [take.videoKey, take.posterKey]) if (key) await input.storage.delete(key);
      purged.push(take.id);
    } catch (error) {
      log.warn("purge could not remove a take's media; kept for the next purge", { takeId: take.id, error });
    }
  }
  await deleteTakeRows(input.db, purged);
  return purged.length;
}
