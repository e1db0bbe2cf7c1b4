/**
 * Who is signed in, their role, the Team page for admins, and sign-out: a row in the desktop header, a
 * column inside the phone menu. A server component: it reads the session itself, so a layout only has
 * to render <UserMenu />.
 */
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction } from "./sign-in/actions";

/** A header link: a 44 px row in the phone menu, plain text in the desktop row. */
export const NAV_LINK = "flex min-h-11 items-center text-sm text-zinc-300 hover:text-white md:min-h-0";

export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className={NAV_LINK}>
        Sign in
      </Link>
    );
  }
  return (
    <section className="flex flex-col gap-1 text-sm md:flex-row md:items-center md:gap-4" aria-label="Account">
      {can(user.role, "manage_team") ? (
        <Link href="/team" className={NAV_LINK}>
          Team
        </Link>
      ) : null}
      <span className="py-2 text-zinc-300 md:py-0">
        <span className="text-white">{user.name}</span>{" "}
        <span className="text-xs text-zinc-400">· {ROLE_LABELS[user.role]}</span>
      </span>
      <form action={signOutAction}>
        <Button type="submit" size="xs" className="w-full text-zinc-300 hover:text-white md:w-auto">
          Sign out
        </Button>
      </form>
    </section>
  );
}
