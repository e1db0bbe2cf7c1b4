/** Better Auth's own endpoints (session, sign-out, password change…). Public sign-up is off; see lib/auth/auth.ts. */
import { toNextJsHandler } from "better-auth/next-js";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

// The auth instance needs the database, which opens asynchronously: resolve it per request.
export const { GET, POST, PATCH, PUT, DELETE } = toNextJsHandler(async (request: Request) => {
  const runtime = await getRuntime();
  return runtime.auth.handler(request);
});
