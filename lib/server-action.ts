/**
 * The one way a server action runs: validate its input with its zod schema, authorize the caller's
 * role on the server (or, for the few public actions, no one), do the work, refresh the pages it
 * changed, and answer with an ActionResult. A bad input is a refusal with field errors, an AppError
 * its own message, a lost database the message to try again (toAppError), anything else the generic
 * message and a log line. Next's redirect and notFound pass through as they must.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ActionResult, fieldErrorsOf } from "@/lib/action-result";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { isAppError, toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { getRuntime, type Runtime } from "@/lib/runtime";

/** What the work is given besides its input: who asks (null for a public action) and the services. */
type ActionContext<Actor> = { actor: Actor; db: Db; runtime: Runtime };

type ActionSpec<Schema extends z.ZodType, T> = {
  /** The exported name, for the log line of an unexpected failure. */
  name: string;
  schema: Schema;
  input: unknown;
  /** The refusal's message when the input fails its schema; the first issue's own message otherwise. */
  invalidMessage?: string;
  /** Paths to revalidate once the work has succeeded (never after a refusal). */
  revalidate?: readonly string[] | ((input: z.output<Schema>, result: T) => readonly string[]);
};

type MemberAction<Schema extends z.ZodType, T> = ActionSpec<Schema, T> & {
  /** The permission the caller's role must have (lib/auth/permissions.ts). */
  permission: Permission;
  work: (input: z.output<Schema>, context: ActionContext<CurrentUser>) => Promise<T>;
};

type PublicAction<Schema extends z.ZodType, T> = ActionSpec<Schema, T> & {
  /** No session needed: signing in, first-run setup, accepting an invite (whose token is the credential). */
  permission: "public";
  work: (input: z.output<Schema>, context: ActionContext<null>) => Promise<T>;
};

export async function runAction<Schema extends z.ZodType, T>(
  action: MemberAction<Schema, T> | PublicAction<Schema, T>,
): Promise<ActionResult<T>> {
  const parsed = action.schema.safeParse(action.input);
  if (!parsed.success) {
    return {
      ok: false,
      message: action.invalidMessage ?? parsed.error.issues[0]?.message ?? "Check the form.",
      fieldErrors: fieldErrorsOf(parsed.error.issues),
    };
  }
  try {
    const result = await work(action, parsed.data);
    const paths = typeof action.revalidate === "function" ? action.revalidate(parsed.data, result) : action.revalidate;
    for (const path of paths ?? []) revalidatePath(path);
    return { ok: true, data: result };
  } catch (error) {
    // Next's redirect and notFound are thrown; they are answers, not failures.
    unstable_rethrow(error);
    const failure = toAppError(error);
    if (!isAppError(error)) log.error("action failed", { action: action.name, error });
    return { ok: false, message: failure.message, fieldErrors: failure.fieldErrors };
  }
}

async function work<Schema extends z.ZodType, T>(
  action: MemberAction<Schema, T> | PublicAction<Schema, T>,
  input: z.output<Schema>,
): Promise<T> {
  if (action.permission === "public") {
    const runtime = await getRuntime();
    return action.work(input, { actor: null, db: runtime.database.db, runtime });
  }
  const actor = await requireRole(action.permission);
  const runtime = await getRuntime();
  return action.work(input, { actor, db: runtime.database.db, runtime });
}
