import { denyUnless } from "@/lib/http/guard";
import { errorResponse } from "@/lib/http/responses";
import { serveMedia } from "@/lib/http/serve-media";
import { getRuntime } from "@/lib/runtime";

/** Videos and posters from our own storage, with HTTP Range so the player can seek. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const denied = await denyUnless("view");
  if (denied) return denied;
  const key = (await params).key.join("/");
  try {
    const { storage } = await getRuntime();
    // Media is written once under its take's id and never changes.
    return await serveMedia({
      request,
      storage,
      key,
      cacheControl: "private, max-age=31536000, immutable",
      context: "GET /media",
    });
  } catch (error) {
    return errorResponse(error, "GET /media");
  }
}
