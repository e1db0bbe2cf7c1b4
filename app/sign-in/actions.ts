"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { safeNextPath } from "@/lib/auth/next-path";
import { type SignInThrottle, signInThrottle } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { formText } from "@/lib/forms/form-entries";
import { runAction } from "@/lib/server-action";
import { signInSchema } from "./sign-in.schema";

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

/** Signs in with email and password, then goes back to `next` (a path on this site) or the studio. */
export async function signInAction(formData: FormData): Promise<ActionResult<null>> {
  return runAction({
    name: "signInAction",
    permission: "public",
    schema: signInSchema,
    input: {
      email: formText(formData, "email"),
      password: formText(formData, "password"),
      next: formText(formData, "next"),
    },
    invalidMessage: "Enter your email and password.",
    work: async ({ email, password, next }, { runtime }) => {
      const throttle = signInThrottle();
      refuseWhileThrottled(throttle, email);
      try {
        await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
      } catch (error) {
        // isAPIError, not instanceof: the bundle may hold more than one copy of the class.
        if (!isAPIError(error) || error.statusCode !== 401) throw error;
        throttle.recordFailure(email);
        throw new AppError("unauthorized:wrong_credentials", WRONG_CREDENTIALS);
      }
      throttle.recordSuccess(email);
      redirect(safeNextPath(next));
    },
  });
}

/** Ends this browser's session (the cookie is cleared) and shows the sign-in page. */
export async function signOutAction(): Promise<void> {
  // Whatever the outcome, the sign-in page is right: an unexpected failure is logged by runAction.
  await runAction({
    name: "signOutAction",
    permission: "public",
    schema: z.undefined(),
    input: undefined,
    work: async (_input, { runtime }) => {
      try {
        await runtime.auth.api.signOut({ headers: await headers() });
      } catch (error) {
        // Signed out already (or the session was removed with its member).
        if (!isAPIError(error)) throw error;
      }
    },
  });
  redirect("/sign-in");
}

function refuseWhileThrottled(throttle: SignInThrottle, email: string): void {
  const waitMs = throttle.retryAfterMs(email);
  if (waitMs <= 0) return;
  const minutes = Math.ceil(waitMs / 60_000);
  throw new AppError(
    "rate_limited:sign_in",
    `Too many failed sign-ins for this address. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { retryAfterSeconds: Math.ceil(waitMs / 1000) },
  );
}
