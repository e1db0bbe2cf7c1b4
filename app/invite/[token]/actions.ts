"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf } from "@/lib/action-result";
import { newAccountFormSchema } from "@/lib/auth/account.schema";
import { acceptInvite } from "@/lib/auth/invites";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { formEntries } from "@/lib/forms/form-entries";
import { getRuntime } from "@/lib/runtime";

/** Creates the invited account with the invite's role, uses up the invite, and signs the new member in. */
export async function acceptInviteAction(token: string, formData: FormData): Promise<ActionResult<null>> {
  const parsed = newAccountFormSchema.safeParse(formEntries(formData));
  if (!parsed.success) {
    return { ok: false, message: "Some fields need a change.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  const { name, email, password } = parsed.data;
  try {
    const runtime = await getRuntime();
    await acceptInvite(runtime.database.db, { token: String(token), name, email, password });
    await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[acceptInviteAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
  redirect("/");
}
