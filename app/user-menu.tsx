/**
 * Who is signed in, their role, the Team page for admins, and sign-out. A server component: it reads
 * the session itself, so a layout only has to render <UserMenu />.
 */
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "./sign-in/actions";

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-zinc-300 hover:text-white">
        Sign in
      </Link>
    );
  }
  return (
    <section className="flex items-center gap-4 text-sm" aria-label="Account">
      {can(user.role, "manage_team") ? (
        <Link href="/team" className="text-zinc-300 hover:text-white">
          Team
        </Link>
      ) : null}
      <span className="text-zinc-300">
        <span className="text-white">{user.name}</span>{" "}
        <span className="text-xs text-zinc-400">· {ROLE_LABELS[user.role]}</span>
      </span>
      <form action={signOutAction}>
        <Button type="submit" size="xs" className="text-zinc-300 hover:text-white">
          Sign out
        </Button>
      </form>
    </section>
  );
}
