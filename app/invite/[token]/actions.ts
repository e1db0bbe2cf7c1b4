"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { newAccountFormSchema } from "@/lib/auth/account.schema";
import { acceptInvite } from "@/lib/auth/invites";
import { formEntries } from "@/lib/forms/form-entries";
import { runAction } from "@/lib/server-action";

// The token comes from the page's URL, whatever its form; acceptInvite finds its invite or refuses.
const acceptInviteSchema = newAccountFormSchema.and(z.object({ token: z.coerce.string() }));

/** Creates the invited account with the invite's role, uses up the invite, and signs the new member in. */
export async function acceptInviteAction(token: string, formData: FormData): Promise<ActionResult<null>> {
  return runAction({
    name: "acceptInviteAction",
    permission: "public",
    schema: acceptInviteSchema,
    input: { ...formEntries(formData), token },
    invalidMessage: "Some fields need a change.",
    work: async ({ name, email, password, token: valid }, { db, runtime }) => {
      await acceptInvite(db, { token: valid, name, email, password });
      await runtime.auth.api.signInEmail({ body: { email, password }, headers: await headers() });
      redirect("/");
    },
  });
}
