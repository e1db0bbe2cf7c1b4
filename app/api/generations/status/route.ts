import { authorizeRequest } from "@/lib/http/guard";
import { badRequest, errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import { parseStatusRequest, waitForTakeStatus } from "@/lib/takes/status";
import type { TakeStatusBody } from "@/lib/takes/view";

export const dynamic = "force-dynamic";

/**
 * One poll of a browser tab: `?ids=<running takes it shows>&after=<cursor of its newest take>&<filters>`
 * and optionally `wait=<ms>`. Answers 304 to a matching If-None-Match, so an unchanged state costs no
 * body; with `wait`, an unchanged answer is held until something changes (a finished worker step) or the
 * wait ends. Reads our database only; the worker alone talks to Kling.
 */
export async function GET(request: Request) {
  const authorized = await authorizeRequest("view");
  if ("denied" in authorized) return authorized.denied;
  const viewer = authorized.user;
  const parsed = parseStatusRequest(new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.message);
  try {
    const runtime = await getRuntime();
    const answer = await waitForTakeStatus(
      runtime.database.db,
      { ...parsed.value, viewerId: viewer.id },
      request.headers.get("if-none-match"),
      {
        onChange: runtime.onTakeChange,
        signal: request.signal,
      },
    );
    // no-cache, not no-store: the answer may be kept, but must be revalidated (the ETag) every time.
    const headers = { ETag: answer.etag, "Cache-Control": "private, no-cache" };
    if (!answer.body) return new Response(null, { status: 304, headers });
    return Response.json(answer.body satisfies TakeStatusBody, { headers });
  } catch (error) {
    return errorResponse(error, "GET /api/generations/status");
  }
}
