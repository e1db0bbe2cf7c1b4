/**
 * The frame rate of a take stored before rates were read at download: read once from the stored file's
 * header (a few small range reads, local folder or bucket alike) when the take page first needs it, then
 * kept on the take. Until then, and when the file cannot tell, the player steps at FALLBACK_FPS.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { saveVideoFps } from "@/lib/db/queries/video-fps";
import type { Take } from "@/lib/db/schema";
import { log } from "@/lib/log";
import type { MediaStorage } from "@/lib/storage/storage";
import { type ByteSource, readMp4InfoFrom } from "./mp4";

/** The take's rate: stored, or read now and stored; null when it cannot be read (logged, never thrown). */
export async function ensureVideoFps(
  db: Db,
  options: { take: Pick<Take, "id" | "status" | "videoKey" | "videoFps">; storage: MediaStorage },
): Promise<number | null> {
  const { take, storage } = options;
  if (take.videoFps !== null) return take.videoFps;
  if (take.status !== "ready" || !take.videoKey) return null;
  try {
    const source = await storedVideoSource(storage, take.videoKey);
    if (!source) return null;
    const { fps } = await readMp4InfoFrom(source);
    if (fps === null) return null;
    await saveVideoFps(db, { id: take.id, fps });
    return fps;
  } catch (error) {
    log.warn("could not read the video's frame rate", { takeId: take.id, error });
    return null;
  }
}

async function storedVideoSource(storage: MediaStorage, key: string): Promise<ByteSource | undefined> {
  const info = await storage.stat(key);
  if (!info) return undefined;
  return {
    size: info.size,
    read: async (offset, length) => {
      const end = Math.min(info.size, offset + length) - 1;
      if (end < offset) return Buffer.alloc(0);
      const stream = await storage.read(key, { start: offset, end });
      return Buffer.from(await new Response(stream).arrayBuffer());
    },
  };
}
