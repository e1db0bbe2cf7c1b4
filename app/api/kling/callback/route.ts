import { errorResponse } from "@/lib/http/responses";
import { parseCallbackBody } from "@/lib/kling/responses";
import { getRuntime } from "@/lib/runtime";
import { acceptCallback } from "@/lib/worker/callback";

/**
 * Kling's status callback. It is unsigned, so its body is only a hint: the take is marked as called back
 * (polled only on the slow safety interval from then on) and due now, and the worker confirms with a GET
 * before believing anything (lib/worker/callback.ts). Repeats and out-of-order deliveries are harmless.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: { code: "bad_request:json", message: "Body must be JSON." } }, { status: 400 });
  }
  const parsed = parseCallbackBody(body);
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "bad_request:callback", message: `Body is not a Kling task object: ${parsed.detail}` } },
      { status: 400 },
    );
  }
  try {
    const runtime = await getRuntime();
    await acceptCallback(runtime.database.db, runtime.worker, parsed.value);
    // Unknown and finished tasks are acknowledged too: retrying deliveries would change nothing.
    return Response.json({ ok: true });
  } catch (error) {
    return errorResponse(error, "POST /api/kling/callback");
  }
}
