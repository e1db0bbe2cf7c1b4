/**
 * Who is asking, for server components, route handlers and server actions. Every permission check in
 * the studio goes through here (or lib/auth/authorize.ts); the browser is never trusted with one.
 */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { hasAnyUser } from "@/lib/db/queries/users";
import { getRuntime } from "@/lib/runtime";
import { authorize, type CurrentUser } from "./authorize";
import { signInPath } from "./next-path";
import { can, isRole, type Permission } from "./permissions";

export type { CurrentUser } from "./authorize";

/** The signed-in user, or null. The role is read from the database on every request, so changes apply at once. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const runtime = await getRuntime();
  const session = await runtime.auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { user } = session;
  if (!isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, isOwner: user.isOwner };
});

/** For actions and route handlers: the user if their role has `permission`, else AppError `unauthorized:…` or `forbidden:<permission>`. */
export async function requireRole(permission: Permission): Promise<CurrentUser> {
  return authorize(await getCurrentUser(), permission);
}

/**
 * For pages: the user, or a redirect — to /setup while the studio has no account, to /sign-in (coming
 * back to `next` afterwards) when signed out, and to /sign-in with `denied` (which explains what the
 * role lacks and offers another account) when the role lacks `permission`.
 */
export async function requireUserForPage(
  permission?: Permission,
  options: { next?: string } = {},
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const runtime = await getRuntime();
    if (!(await hasAnyUser(runtime.database.db))) redirect("/setup");
    redirect(signInPath(options.next));
  }
  if (permission && !can(user.role, permission)) redirect(signInPath(options.next, { denied: permission }));
  return user;
}
