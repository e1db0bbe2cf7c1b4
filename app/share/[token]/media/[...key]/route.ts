import { errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import { serveSharedMedia } from "@/lib/share/share-media";

export const dynamic = "force-dynamic";

/** A share link's videos and posters, for anyone holding the live (and unlocked) link, no session needed, with Range. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; key: string[] }> }) {
  const { token, key } = await params;
  try {
    const runtime = await getRuntime();
    return await serveSharedMedia({
      db: runtime.database.db,
      storage: runtime.storage,
      secret: runtime.secret,
      request,
      token,
      keySegments: key,
    });
  } catch (error) {
    return errorResponse(error, "GET /share/[token]/media");
  }
}
