/**
 * The decision behind every server-side check, kept free of Next.js so it can be tested directly:
 * a signed-out request is `unauthorized`, a role without the permission is `forbidden`.
 */
import { AppError } from "@/lib/errors";
import { can, PERMISSION_PHRASES, type Permission, ROLE_LABELS, type Role } from "./permissions";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isOwner: boolean;
};

export function authorize(user: CurrentUser | null, permission?: Permission): CurrentUser {
  if (!user) throw new AppError("unauthorized:signed_out", "Your session has ended. Sign in again to continue.");
  if (permission && !can(user.role, permission)) {
    throw new AppError(`forbidden:${permission}`, deniedMessage(user.role, permission));
  }
  return user;
}

export function deniedMessage(role: Role, permission: Permission): string {
  return `Your role (${ROLE_LABELS[role]}) cannot ${PERMISSION_PHRASES[permission]}. An admin can change your role on the Team page.`;
}
