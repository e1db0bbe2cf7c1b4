/**
 * A fast first answer for signed-out visits to the studio's pages: a 307 to sign-in before anything
 * renders, instead of a page shell that redirects while it streams. It only looks for the session
 * cookie (it cannot tell a valid session from a stale one); every page, action and route still checks
 * the session and the role on the server (lib/auth/session.ts), which is what keeps data safe.
 */
import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { signInPath } from "@/lib/auth/next-path";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Server actions (POST) answer "sign in again" themselves, in their result; route handlers under these
  // pages (a take's download) answer 401 themselves, in JSON.
  const page = request.method === "GET" || request.method === "HEAD";
  if (!page || pathname.endsWith("/download") || getSessionCookie(request)) return NextResponse.next();
  return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
}

export const config = {
  // The pages that need an account. Sign-in, setup, invites and share links stay open.
  matcher: ["/", "/gallery", "/takes/:id", "/shots/:id", "/team", "/compare", "/activity", "/share"],
};
