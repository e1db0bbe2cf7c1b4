import { errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import { serveSharedDownload } from "@/lib/share/share-media";

export const dynamic = "force-dynamic";

/** A shared take's MP4 as a file to save: for anyone holding the live (and unlocked) link, when it allows downloads. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; takeId: string }> }) {
  const { token, takeId } = await params;
  try {
    const runtime = await getRuntime();
    return await serveSharedDownload({
      db: runtime.database.db,
      storage: runtime.storage,
      secret: runtime.secret,
      request,
      token,
      takeId,
    });
  } catch (error) {
    return errorResponse(error, "GET /share/[token]/download");
  }
}
