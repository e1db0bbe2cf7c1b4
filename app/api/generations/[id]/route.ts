import { z } from "zod";
import { authorizeRequest } from "@/lib/http/guard";
import { badRequest, errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";
import { loadTakeView } from "@/lib/takes/gallery-data";
import type { TakeView } from "@/lib/takes/view";

export const dynamic = "force-dynamic";

/** One take, as a gallery item shows it; 404 when it was deleted or never existed. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const authorized = await authorizeRequest("view");
  if ("denied" in authorized) return authorized.denied;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return badRequest("id must be a take id");
  try {
    const runtime = await getRuntime();
    const take = await loadTakeView(runtime.database.db, id.data);
    return Response.json(take satisfies TakeView, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "GET /api/generations/[id]");
  }
}
