import { findGenerationByUpstreamTask, markGenerationDue } from "@/lib/db/queries/generations";
import { errorResponse } from "@/lib/http/responses";
import { parseCallbackBody } from "@/lib/kling/responses";
import { getRuntime } from "@/lib/runtime";

/**
 * Kling's status callback. It is unsigned, so its body is only a hint: the job is marked due and the
 * worker confirms with a GET before believing anything. Repeats and out-of-order deliveries are harmless.
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
  const hint = parsed.value;
  try {
    const runtime = await getRuntime();
    const job = await findGenerationByUpstreamTask(runtime.database.db, {
      taskId: hint.taskId,
      externalTaskId: hint.externalTaskId,
    });
    if (job) {
      await markGenerationDue(runtime.database.db, job.id);
      runtime.worker.wake();
    }
    // Unknown tasks are acknowledged too: retrying deliveries would not make them known.
    return Response.json({ ok: true });
  } catch (error) {
    return errorResponse(error, "POST /api/kling/callback");
  }
}
