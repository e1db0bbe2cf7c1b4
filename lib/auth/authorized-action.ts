/**
 * The body every input-taking server action shares: validate with its zod schema, authorize on the
 * server, do the work against the database, and answer with an ActionResult — a field error for bad
 * input, the AppError's message for an expected refusal, a generic message (and a log line) otherwise.
 */
import "server-only";
import type { z } from "zod";
import { type ActionResult, fieldErrorsOf } from "@/lib/action-result";
import type { Db } from "@/lib/db/client";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import type { CurrentUser } from "./authorize";
import type { Permission } from "./permissions";
import { requireRole } from "./session";

export async function runAuthorizedAction<Schema extends z.ZodType, T>(action: {
  /** For the log line of an unexpected failure. */
  name: string;
  permission: Permission;
  schema: Schema;
  input: unknown;
  work: (data: z.output<Schema>, actor: CurrentUser, db: Db) => Promise<T>;
}): Promise<ActionResult<T>> {
  const parsed = action.schema.safeParse(action.input);
  if (!parsed.success) {
    return {
      ok: false,
      message: parsed.error.issues[0]?.message ?? "Check the form.",
      fieldErrors: fieldErrorsOf(parsed.error.issues),
    };
  }
  try {
    const actor = await requireRole(action.permission);
    const runtime = await getRuntime();
    return { ok: true, data: await action.work(parsed.data, actor, runtime.database.db) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error(`[${action.name}]`, error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
