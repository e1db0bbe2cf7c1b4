/**
 * The studio's internal endpoint for `npm run user:create` (POST /api/internal/users). Only for this
 * machine: the request must come from loopback, name a loopback host, and carry the one-time token
 * from the data folder (lib/auth/internal-access.ts). The token is what protects it; the address
 * checks keep a reverse proxy in front of the studio from ever forwarding to it.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError, GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { newAccountSchema } from "./account.schema";
import { createAccountFromCommand } from "./accounts";
import type { InternalAccess } from "./internal-access";

export type CreatedAccountReply = {
  user: { id: string; name: string; email: string; role: string };
  owner: boolean;
};

export async function handleInternalUserCreate(
  request: Request,
  deps: { db: Db; access: InternalAccess | undefined },
): Promise<Response> {
  try {
    if (!deps.access) throw new AppError("not_found:internal", "Not found.");
    if (!isLoopbackRequest(request)) {
      throw new AppError("forbidden:not_loopback", "This endpoint answers only requests from this machine.");
    }
    const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token || !deps.access.verify(token)) {
      throw new AppError("unauthorized:internal_token", "The access token is missing or was already used.");
    }
    // Used once, whatever happens next.
    deps.access.rotate();
    const parsed = newAccountSchema.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) {
      const message = parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
        .join("; ");
      throw new AppError("bad_request:account", message);
    }
    const { user, owner } = await createAccountFromCommand(deps.db, parsed.data);
    const reply: CreatedAccountReply = {
      user: { id: user.id, name: user.name, email: user.email, role: user.role },
      owner,
    };
    return Response.json(reply, { status: 201 });
  } catch (error) {
    if (isAppError(error)) return Response.json({ code: error.code, message: error.message }, { status: error.status });
    log.error("internal account creation failed", { error });
    return Response.json({ message: GENERIC_ERROR_MESSAGE }, { status: 500 });
  }
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * Next.js fills x-forwarded-for from the socket when the request has none; a proxy in front adds the
 * client's address. Every hop must be loopback.
 */
function isLoopbackRequest(request: Request): boolean {
  const host = request.headers.get("host") ?? "";
  const hostname = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0];
  if (!LOOPBACK_HOSTS.has(hostname)) return false;
  const forwarded = request.headers.get("x-forwarded-for");
  if (!forwarded) return false;
  return forwarded.split(",").every((hop) => isLoopbackAddress(hop.trim()));
}

function isLoopbackAddress(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}
