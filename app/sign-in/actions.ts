"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { fieldErrorsOf } from "@/lib/action-result";
import { safeNextPath } from "@/lib/auth/next-path";
import { signInThrottle } from "@/lib/auth/sign-in-throttle";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { formText } from "@/lib/forms/form-entries";
import { getRuntime } from "@/lib/runtime";
import { signInSchema } from "./sign-in.schema";

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

/** Signs in with email and password, then goes back to `next` (a path on this site) or the studio. */
export async function signInAction(formData: FormData): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse({
    email: formText(formData, "email"),
    password: formText(formData, "password"),
    next: formText(formData, "next"),
  });
  if (!parsed.success)
    return { ok: false, message: "Enter your email and password.", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const { email, password, next } = parsed.data;
  const throttle = signInThrottle();
  const waitMs = throttle.retryAfterMs(email);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    return {
      ok: false,
      message: `Too many failed sign-ins for this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  try {
    const runtime = await getRuntime();
    await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    // isAPIError, not instanceof: the bundle may hold more than one copy of the class.
    if (isAPIError(error) && error.statusCode === 401) {
      throttle.recordFailure(email);
      return { ok: false, message: WRONG_CREDENTIALS };
    }
    console.error("[signInAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
  throttle.recordSuccess(email);
  redirect(safeNextPath(next));
}

/** Ends this browser's session (the cookie is cleared) and shows the sign-in page. */
export async function signOutAction(): Promise<void> {
  try {
    const runtime = await getRuntime();
    await runtime.auth.api.signOut({ headers: await headers() });
  } catch (error) {
    // Signed out already (or the session was removed with its member): the sign-in page is right either way.
    if (!isAPIError(error)) console.error("[signOutAction]", error);
  }
  redirect("/sign-in");
}
