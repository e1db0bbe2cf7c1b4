import { authorizeRequest } from "@/lib/http/guard";
import { badRequest, errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import type { GalleryPage } from "@/lib/takes/api-schema";
import { decodeCursor, parseGalleryFilters } from "@/lib/takes/filters";
import { loadGalleryPage } from "@/lib/takes/gallery-data";

export const dynamic = "force-dynamic";

/** A page of the gallery: `?cursor=<nextCursor>&<filters>`, newest first; `nextCursor` is null at the end. */
export async function GET(request: Request) {
  const authorized = await authorizeRequest("view");
  if ("denied" in authorized) return authorized.denied;
  const url = new URL(request.url);
  const cursorText = url.searchParams.get("cursor");
  const cursor = decodeCursor(cursorText);
  if (cursorText && !cursor) return badRequest("cursor must be a nextCursor from this endpoint");
  try {
    const runtime = await getRuntime();
    const page = await loadGalleryPage(runtime.database.db, {
      filters: parseGalleryFilters(url.searchParams),
      cursor,
      viewerId: authorized.user.id,
    });
    return Response.json(page satisfies GalleryPage, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "GET /api/generations");
  }
}
