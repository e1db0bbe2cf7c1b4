"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { newAccountFormSchema } from "@/lib/auth/account.schema";
import { createOwnerAccount } from "@/lib/auth/accounts";
import { isAppError } from "@/lib/errors";
import { formEntries } from "@/lib/forms/form-entries";
import { runAction } from "@/lib/server-action";

/** First run: creates the owner (an admin), signs them in and opens the studio. */
export async function setupOwnerAction(formData: FormData): Promise<ActionResult<null>> {
  return runAction({
    name: "setupOwnerAction",
    permission: "public",
    schema: newAccountFormSchema,
    input: formEntries(formData),
    invalidMessage: "Some fields need a change.",
    work: async ({ name, email, password }, { db, runtime }) => {
      await createOwnerAccount(db, { name, email, password }).catch((error: unknown) => {
        // Someone finished the setup first: there is an owner to sign in as.
        if (isAppError(error) && error.code === "conflict:owner_exists") redirect("/sign-in");
        throw error;
      });
      await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
      redirect("/");
    },
  });
}
