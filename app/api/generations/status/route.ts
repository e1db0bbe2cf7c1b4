import { z } from "zod";
import { getGenerationsByIds } from "@/lib/db/queries/generations";
import { toGenerationView } from "@/lib/generations/to-view";
import { badRequest, errorResponse } from "@/lib/http/responses";
import { getRuntime } from "@/lib/runtime";

const idsSchema = z
  .string()
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(z.array(z.string().uuid("ids must be take ids")).min(1, "ids is empty").max(200, "at most 200 ids at once"));

/** The current state of several takes in one request: the gallery polls this for its active takes. */
export async function GET(request: Request) {
  const parsed = idsSchema.safeParse(new URL(request.url).searchParams.get("ids") ?? "");
  if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? "ids is invalid");
  try {
    const runtime = await getRuntime();
    const rows = await getGenerationsByIds(runtime.database.db, parsed.data);
    return Response.json({ items: rows.map(toGenerationView) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "GET /api/generations/status");
  }
}
