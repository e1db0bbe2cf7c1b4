import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { deniedMessage } from "@/lib/auth/authorize";
import { safeNextPath } from "@/lib/auth/next-path";
import { can, PERMISSIONS } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { hasAnyUser } from "@/lib/db/queries/users";
import { getRuntime } from "@/lib/runtime";
import { signOutAction } from "./actions";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in · Kling Studio" };

type SearchParams = { next?: string | string[]; denied?: string | string[] };

export default async function SignInPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const next = safeNextPath(first(params.next));
  const denied = PERMISSIONS.find((permission) => permission === first(params.denied));
  const runtime = await getRuntime();
  if (!(await hasAnyUser(runtime.database.db))) redirect("/setup");
  const user = await getCurrentUser();
  // Signed in already: straight on, unless the page they came from is beyond their role.
  if (user && (!denied || can(user.role, denied))) redirect(next);

  return (
    <Card className="mx-auto max-w-md space-y-5 p-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-sm text-zinc-400">Sign in to Kling Studio with the account your team gave you.</p>
      </div>
      {user && denied ? <DeniedNotice name={user.name} message={deniedMessage(user.role, denied)} /> : null}
      <SignInForm next={next} />
      <p className="text-xs text-zinc-400">No account? Ask an admin of your studio for an invite link.</p>
    </Card>
  );
}

function DeniedNotice(props: { name: string; message: string }) {
  return (
    <Alert tone="warning" className="space-y-2">
      <p>
        You are signed in as {props.name}. {props.message}
      </p>
      <p className="flex flex-wrap gap-3">
        <TextLink href="/">Back to the studio</TextLink>
        <span>or sign in with another account below.</span>
      </p>
      <form action={signOutAction}>
        <Button type="submit" variant="link" className="text-xs text-zinc-300 underline hover:text-white">
          Sign out of {props.name}&apos;s account
        </Button>
      </form>
    </Alert>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
