import "server-only";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";

/** A JSON error in the studio's one vocabulary: `{ error: { code, message } }` with the code's status. */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) {
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  console.error(`[${context}]`, error);
  return Response.json({ error: { code: "internal:unexpected", message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}

export function badRequest(message: string, code = "bad_request:invalid"): Response {
  return Response.json({ error: { code, message } }, { status: 400 });
}
