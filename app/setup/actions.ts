"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf } from "@/lib/action-result";
import { newAccountFormSchema } from "@/lib/auth/account.schema";
import { createOwnerAccount } from "@/lib/auth/accounts";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { formEntries } from "@/lib/forms/form-entries";
import { getRuntime } from "@/lib/runtime";

/** First run: creates the owner (an admin), signs them in and opens the studio. */
export async function setupOwnerAction(formData: FormData): Promise<ActionResult<null>> {
  const parsed = newAccountFormSchema.safeParse(formEntries(formData));
  if (!parsed.success) {
    return { ok: false, message: "Some fields need a change.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  const { name, email, password } = parsed.data;
  try {
    const runtime = await getRuntime();
    await createOwnerAccount(runtime.database.db, { name, email, password });
    await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict:owner_exists") redirect("/sign-in");
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error("[setupOwnerAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
  redirect("/");
}
