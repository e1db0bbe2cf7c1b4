import "server-only";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/errors";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";

/** A JSON error in the studio's one vocabulary: `{ error: { code, message } }` with the code's status. */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) {
    const headers =
      error.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.retryAfterSeconds) };
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    logError(context, error);
    return Response.json(
      { error: { code: "database:unavailable", message: DATABASE_UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  logError(context, error);
  return Response.json({ error: { code: "internal:unexpected", message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}

export function badRequest(message: string, code = "bad_request:invalid"): Response {
  return Response.json({ error: { code, message } }, { status: 400 });
}

function logError(context: string, error: unknown) {
  console.error(
    JSON.stringify({
      level: "error",
      at: new Date().toISOString(),
      msg: "request failed",
      context,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  );
}
