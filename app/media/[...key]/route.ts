import { mediaHeaders, parseRange } from "@/lib/http/range";
import { denyUnless } from "@/lib/http/guard";
import { errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import { isValidMediaKey } from "@/lib/storage/storage";

/** Videos and posters from our own storage, with HTTP Range so the player can seek. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const denied = await denyUnless("view");
  if (denied) return denied;
  const key = (await params).key.join("/");
  if (!isValidMediaKey(key)) return notFound();
  try {
    const { storage } = await getRuntime();
    const info = await storage.stat(key);
    if (!info) return notFound();
    const range = parseRange(request.headers.get("range"), info.size);
    // Media is written once under its take's id and never changes.
    const { status, headers } = mediaHeaders({
      range,
      size: info.size,
      contentType: info.contentType,
      cacheControl: "private, max-age=31536000, immutable",
    });
    if (status === 416) return new Response(null, { status, headers });
    const body = await storage.read(key, range.kind === "partial" ? range : undefined);
    return new Response(body, { status, headers });
  } catch (error) {
    return errorResponse(error, "GET /media");
  }
}

function notFound() {
  return Response.json({ error: { code: "not_found:media", message: "No such video or poster." } }, { status: 404 });
}
