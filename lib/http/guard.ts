/**
 * The first line of every protected route handler: `const denied = await denyUnless("view"); if (denied)
 * return denied;` answers 401 when signed out and 403 when the role lacks the permission, in the
 * studio's JSON error shape, before the handler reads anything.
 */
import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { errorResponse } from "./responses";

export async function denyUnless(permission: Permission): Promise<Response | null> {
  try {
    await requireRole(permission);
    return null;
  } catch (error) {
    return errorResponse(error, "authorize");
  }
}
