"use server";

import { cookies, headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { clientAddress } from "@/lib/http/client-address";
import { runAction } from "@/lib/server-action";
import { SHARE_UNLOCK_COOKIE } from "@/lib/share/passphrase";
import { unlockShareLinkSchema } from "@/lib/share/share-link.schema";
import { unlockShareLink } from "@/lib/share/share-unlock";

const UNLOCK_DAYS = 7;

/**
 * A visitor's passphrase for a share link: public (the token and the passphrase are the credentials),
 * throttled in lib/share/share-unlock.ts. The right one sets an HttpOnly cookie for this link's path
 * only; the page then shows the takes. The passphrase is neither stored nor logged.
 */
export async function unlockShareLinkAction(input: unknown): Promise<ActionResult<{ unlocked: true }>> {
  return runAction({
    name: "unlockShareLinkAction",
    permission: "public",
    schema: unlockShareLinkSchema,
    input,
    work: async ({ token, passphrase }, { db, runtime }) => {
      const request = await headers();
      const { link, cookie } = await unlockShareLink(db, {
        token,
        passphrase,
        address: clientAddress(request),
        secret: runtime.secret,
      });
      if (cookie !== null) {
        const ends = Date.now() + UNLOCK_DAYS * 24 * 60 * 60 * 1000;
        (await cookies()).set(SHARE_UNLOCK_COOKIE, cookie, {
          path: `/share/${token}`,
          httpOnly: true,
          sameSite: "lax",
          secure: request.get("x-forwarded-proto") === "https",
          // No longer than the link itself works.
          expires: new Date(Math.min(ends, link.expiresAt?.getTime() ?? ends)),
        });
      }
      return { unlocked: true };
    },
  });
}
