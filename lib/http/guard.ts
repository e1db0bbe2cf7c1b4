/**
 * The first line of every protected route handler: `const denied = await denyUnless("view"); if (denied)
 * return denied;` answers 401 when signed out and 403 when the role lacks the permission, in the
 * studio's JSON error shape, before the handler reads anything. It also spends one of the member's API
 * requests (lib/rate-limit/api-rate-limit.ts): past the limit the answer is 429 with Retry-After.
 */
import "server-only";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { requireRole } from "@/lib/auth/session";
import { assertApiRate } from "@/lib/rate-limit/api-rate-limit";
import { errorResponse } from "./responses";

export async function denyUnless(permission: Permission): Promise<Response | null> {
  const result = await authorizeRequest(permission);
  return "denied" in result ? result.denied : null;
}

/** The same check, for handlers that also need to know who asks (one session lookup, not two). */
export async function authorizeRequest(permission: Permission): Promise<{ user: CurrentUser } | { denied: Response }> {
  try {
    const user = await requireRole(permission);
    assertApiRate(user.id);
    return { user };
  } catch (error) {
    return { denied: errorResponse(error, "authorize") };
  }
}
