"use server";

import type { ActionResult } from "@/lib/action-result";
import { listShareLinksForTake } from "@/lib/db/queries/share-links";
import { runAction } from "@/lib/server-action";
import { type ShareLinkSummary, toShareLinkSummary } from "@/lib/share/link-summary";
import { createShareLinkSchema, expiryDays, revokeShareLinkSchema, takeIdSchema } from "@/lib/share/share-link.schema";
import { createShareLink, revokeShareLink } from "@/lib/share/share-links";

/**
 * A link for chosen takes or a whole shot. The token is in the returned path only: it is stored hashed
 * and cannot be shown again. The passphrase is hashed in lib/share and goes nowhere else.
 */
export async function createShareLinkAction(input: unknown): Promise<
  ActionResult<{
    path: string;
    publicOrigin?: string;
    expiresAt: string | null;
    takeCount: number;
    takeIds: string[];
    hasPassphrase: boolean;
    allowDownload: boolean;
  }>
> {
  return runAction({
    name: "createShareLinkAction",
    permission: "review",
    schema: createShareLinkSchema,
    input,
    revalidate: (data, result) => [
      ...result.takeIds.map((id) => `/takes/${id}`),
      ...(data.shotId ? [`/shots/${data.shotId}`] : []),
      "/share",
    ],
    work: async (data, { actor, db, runtime }) => {
      const { link, token, takeIds } = await createShareLink(db, {
        takeIds: data.takeIds,
        shotId: data.shotId,
        title: data.title,
        expiresInDays: expiryDays(data.expiry),
        passphrase: data.passphrase,
        allowDownload: data.allowDownload,
        createdBy: actor.id,
      });
      const publicOrigin = runtime.env.STUDIO_PUBLIC_URL ? new URL(runtime.env.STUDIO_PUBLIC_URL).origin : undefined;
      return {
        path: `/share/${token}`,
        publicOrigin,
        expiresAt: link.expiresAt?.toISOString() ?? null,
        takeCount: takeIds.length,
        takeIds,
        hasPassphrase: link.passphraseHash !== null,
        allowDownload: link.allowDownload,
      };
    },
  });
}

/** Its creator or an admin; revokeShareLink decides, here on the server. */
export async function revokeShareLinkAction(input: unknown): Promise<ActionResult<{ linkId: string }>> {
  return runAction({
    name: "revokeShareLinkAction",
    permission: "review",
    schema: revokeShareLinkSchema,
    input,
    revalidate: ["/share"],
    work: async (data, { actor, db }) => {
      await revokeShareLink(db, { linkId: data.linkId, actor });
      return { linkId: data.linkId };
    },
  });
}

/** The live and expired links holding a take, for its page. */
export async function listTakeShareLinksAction(takeId: unknown): Promise<ActionResult<ShareLinkSummary[]>> {
  return runAction({
    name: "listTakeShareLinksAction",
    permission: "view",
    schema: takeIdSchema,
    input: takeId,
    work: async (id, { actor, db }) => {
      const now = new Date();
      return (await listShareLinksForTake(db, id)).map((row) => toShareLinkSummary(row, actor, now));
    },
  });
}
