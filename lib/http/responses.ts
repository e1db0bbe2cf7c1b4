import "server-only";
import { isAppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** A JSON error in the studio's one vocabulary: `{ error: { code, message } }` with the code's status. */
export function errorResponse(error: unknown, context: string): Response {
  const failure = toAppError(error);
  if (!isAppError(error)) log.error("request failed", { context, error });
  const headers =
    failure.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(failure.retryAfterSeconds) };
  return Response.json(
    { error: { code: failure.code, message: failure.message } },
    { status: failure.status, headers },
  );
}

export function badRequest(message: string, code = "bad_request:invalid"): Response {
  return Response.json({ error: { code, message } }, { status: 400 });
}
