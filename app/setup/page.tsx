import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { hasAnyUser } from "@/lib/db/queries/users";
import { getRuntime } from "@/lib/runtime";
import { AccountForm } from "./account-form";
import { setupOwnerAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up · Kling Studio" };

/** Shown only while the studio has no account at all; afterwards people sign in. */
export default async function SetupPage() {
  const runtime = await getRuntime();
  if (await hasAnyUser(runtime.database.db)) redirect("/sign-in");
  return (
    <Card className="mx-auto max-w-md space-y-5 p-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Set up Kling Studio</h1>
        <p className="text-sm text-zinc-400">
          Create the owner account. The owner is an admin: they invite the team, choose each member&apos;s role and set
          the monthly spending cap.
        </p>
      </div>
      <AccountForm action={setupOwnerAction} submitLabel="Create owner account" pendingLabel="Creating account…" />
    </Card>
  );
}
