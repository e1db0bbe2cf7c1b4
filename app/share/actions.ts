"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { CurrentUser } from "@/lib/auth/authorize";
import { runAuthorizedAction } from "@/lib/auth/authorized-action";
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { listShareLinksForTake } from "@/lib/db/queries/share-links";
import { getRuntime } from "@/lib/runtime";
import { type ShareLinkSummary, toShareLinkSummary } from "@/lib/share/link-summary";
import { createShareLinkSchema, expiryDays, revokeShareLinkSchema, takeIdSchema } from "@/lib/share/share-link.schema";
import { createShareLink, revokeShareLink } from "@/lib/share/share-links";

/** The token is in the returned path only: it is stored hashed and cannot be shown again. */
export async function createShareLinkAction(
  input: unknown,
): Promise<ActionResult<{ path: string; publicOrigin?: string; expiresAt: string | null; takeCount: number }>> {
  return run("createShareLinkAction", "review", createShareLinkSchema, input, async (data, actor, db) => {
    const { link, token } = await createShareLink(db, {
      takeIds: data.takeIds,
      title: data.title,
      expiresInDays: expiryDays(data.expiry),
      createdBy: actor.id,
    });
    const { env } = await getRuntime();
    const publicOrigin = env.STUDIO_PUBLIC_URL ? new URL(env.STUDIO_PUBLIC_URL).origin : undefined;
    for (const id of data.takeIds) revalidatePath(`/takes/${id}`);
    revalidatePath("/share");
    return {
      path: `/share/${token}`,
      publicOrigin,
      expiresAt: link.expiresAt?.toISOString() ?? null,
      takeCount: data.takeIds.length,
    };
  });
}

/** Its creator or an admin; revokeShareLink decides, here on the server. */
export async function revokeShareLinkAction(input: unknown): Promise<ActionResult<{ linkId: string }>> {
  return run("revokeShareLinkAction", "review", revokeShareLinkSchema, input, async (data, actor, db) => {
    await revokeShareLink(db, { linkId: data.linkId, actor });
    revalidatePath("/share");
    return { linkId: data.linkId };
  });
}

/** The live and expired links holding a take, for its page. */
export async function listTakeShareLinksAction(takeId: unknown): Promise<ActionResult<ShareLinkSummary[]>> {
  return run("listTakeShareLinksAction", "view", takeIdSchema, takeId, async (id, actor, db) => {
    const now = new Date();
    return (await listShareLinksForTake(db, id)).map((row) => toShareLinkSummary(row, actor, now));
  });
}

function run<Schema extends z.ZodType, T>(
  name: string,
  permission: Permission,
  schema: Schema,
  input: unknown,
  work: (data: z.output<Schema>, actor: CurrentUser, db: Db) => Promise<T>,
): Promise<ActionResult<T>> {
  return runAuthorizedAction({ name, permission, schema, input, work });
}
