import type { Metadata } from "next";
import { AccountForm } from "@/app/setup/account-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { INVITE_STATE_MESSAGES, lookUpInvite } from "@/lib/auth/invites";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getRuntime } from "@/lib/runtime";
import { acceptInviteAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join · Kling Studio", referrer: "no-referrer" };

export default async function InvitePage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const runtime = await getRuntime();
  const { state, invite } = await lookUpInvite(runtime.database.db, token);

  if (state !== "pending" || !invite) {
    return (
      <Card className="mx-auto max-w-md space-y-5 p-6">
        <h1 className="text-xl font-semibold">This invite cannot be used</h1>
        <Alert>{INVITE_STATE_MESSAGES[state === "pending" ? "not_found" : state]}</Alert>
        <TextLink href="/sign-in" className="text-sm">
          Go to sign-in
        </TextLink>
      </Card>
    );
  }

  const user = await getCurrentUser();
  return (
    <Card className="mx-auto max-w-md space-y-5 p-6">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">Join Kling Studio</h1>
        <p className="text-sm text-zinc-300">
          You are invited as a <strong className="text-white">{ROLE_LABELS[invite.role]}</strong>:{" "}
          {ROLE_DESCRIPTIONS[invite.role].charAt(0).toLowerCase() + ROLE_DESCRIPTIONS[invite.role].slice(1)}
        </p>
        <p className="text-xs text-zinc-400">
          This link expires on {invite.expiresAt.toUTCString().replace(/:\d\d GMT$/, " UTC")} and works once.
        </p>
      </div>
      {user ? (
        <Alert tone="info" className="text-xs">
          You are signed in as {user.name}. Creating this account signs you in as the new member instead.
        </Alert>
      ) : null}
      <AccountForm
        action={acceptInviteAction.bind(null, token)}
        submitLabel="Create account and join"
        pendingLabel="Joining…"
      />
    </Card>
  );
}
