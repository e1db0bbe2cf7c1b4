/** `npm run user:create` talking to the running studio; loopback and one-time token only (lib/auth/internal-users.ts). */
import { handleInternalUserCreate } from "@/lib/auth/internal-users";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const runtime = await getRuntime();
  return handleInternalUserCreate(request, { db: runtime.database.db, access: runtime.internalAccess });
}
