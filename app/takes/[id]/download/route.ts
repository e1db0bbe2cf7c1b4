import { z } from "zod";
import { getVisibleTake } from "@/lib/db/queries/takes";
import { denyUnless } from "@/lib/http/guard";
import { mediaHeaders, parseRange } from "@/lib/http/range";
import { errorResponse } from "@/lib/http/responses";
import { attachment } from "@/lib/http/serve-media";
import { getRuntime } from "@/lib/runtime";
import { downloadFilename } from "@/lib/takes/download-name";

export const dynamic = "force-dynamic";

/** The take's MP4 from our storage, as a file to save (named after its prompt), with Range for resuming. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = await denyUnless("view");
  if (denied) return denied;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFound();
  try {
    const { database, storage } = await getRuntime();
    const take = await getVisibleTake(database.db, id.data);
    const info = take?.videoKey ? await storage.stat(take.videoKey) : null;
    if (!take?.videoKey || !info) return notFound();
    const range = parseRange(request.headers.get("range"), info.size);
    const { status, headers } = mediaHeaders({
      range,
      size: info.size,
      contentType: "video/mp4",
      cacheControl: "private, no-cache",
    });
    const filename = downloadFilename(take);
    headers.set("Content-Disposition", attachment(filename));
    if (status === 416) return new Response(null, { status, headers });
    const body = await storage.read(take.videoKey, range.kind === "partial" ? range : undefined);
    return new Response(body, { status, headers });
  } catch (error) {
    return errorResponse(error, "GET /takes/[id]/download");
  }
}

function notFound() {
  return Response.json(
    { error: { code: "not_found:video", message: "This take has no video to download." } },
    { status: 404 },
  );
}
