/**
 * Serving a stored video or poster with HTTP Range, shared by /media (members) and the share pages'
 * media route (anyone holding a live link). Callers decide whether the key may be served at all.
 */
import "server-only";
import type { MediaStorage } from "@/lib/storage/storage";
import { isValidMediaKey } from "@/lib/storage/storage";
import { mediaHeaders, parseRange } from "./range";
import { errorResponse } from "./responses";

export type ServeMediaOptions = {
  request: Request;
  storage: MediaStorage;
  /** Already joined from the route's segments; checked against the storage's key pattern here. */
  key: string;
  cacheControl: string;
  /** Served as an attachment with this file name (a download) instead of inline. */
  downloadName?: string;
  /** For the error log line. */
  context: string;
};

export async function serveMedia(options: ServeMediaOptions): Promise<Response> {
  const { request, storage, key, cacheControl, downloadName, context } = options;
  if (!isValidMediaKey(key)) return mediaNotFound();
  try {
    const info = await storage.stat(key);
    if (!info) return mediaNotFound();
    const range = parseRange(request.headers.get("range"), info.size);
    const { status, headers } = mediaHeaders({ range, size: info.size, contentType: info.contentType, cacheControl });
    if (downloadName) headers.set("Content-Disposition", attachment(downloadName));
    if (status === 416) return new Response(null, { status, headers });
    const body = await storage.read(key, range.kind === "partial" ? range : undefined);
    return new Response(body, { status, headers });
  } catch (error) {
    return errorResponse(error, context);
  }
}

export function mediaNotFound(): Response {
  return Response.json({ error: { code: "not_found:media", message: "No such video or poster." } }, { status: 404 });
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
