/**
 * Media for share pages, which signed-out visitors open: a key is served only when it is the video
 * or poster of one of a live link's takes. The key is matched exactly against the stored keys, so
 * nothing taken from the URL ever reaches storage unless it equals one of them.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { mediaNotFound, serveMedia } from "@/lib/http/serve-media";
import type { MediaStorage } from "@/lib/storage/storage";
import { isSharedMediaKey } from "./share-links";

export async function serveSharedMedia(options: {
  db: Db;
  storage: MediaStorage;
  request: Request;
  token: string;
  keySegments: string[];
  now?: Date;
}): Promise<Response> {
  const key = options.keySegments.join("/");
  if (!(await isSharedMediaKey(options.db, { token: options.token, key, now: options.now }))) return mediaNotFound();
  return serveMedia({
    request: options.request,
    storage: options.storage,
    key,
    // Not shared caches: the link can be revoked, and then its media must stop at once.
    cacheControl: "private, no-cache",
    context: "GET /share/[token]/media",
  });
}
