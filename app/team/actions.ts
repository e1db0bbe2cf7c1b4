"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { CurrentUser } from "@/lib/auth/authorize";
import { runAuthorizedAction } from "@/lib/auth/authorized-action";
import { createInvite } from "@/lib/auth/invites";
import { changeMemberRole, removeMember } from "@/lib/auth/members";
import type { Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { revokeInvite } from "@/lib/db/queries/invites";
import { updateSpendingCap } from "@/lib/db/queries/spending";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import {
  changeRoleSchema,
  createInviteSchema,
  removeMemberSchema,
  revokeInviteSchema,
  spendingCapSchema,
} from "./team.schema";

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult<{ userId: string; role: string }>> {
  return run("changeMemberRoleAction", "manage_team", changeRoleSchema, input, async (data, actor, db) => {
    const member = await changeMemberRole(db, { actor, userId: data.userId, role: data.role });
    return { userId: member.id, role: member.role };
  });
}

export async function removeMemberAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return run("removeMemberAction", "manage_team", removeMemberSchema, input, async (data, actor, db) => {
    await removeMember(db, { actor, userId: data.userId });
    return { userId: data.userId };
  });
}

/** The token is in the returned path only: it is stored hashed and cannot be shown again. */
export async function createInviteAction(
  input: unknown,
): Promise<ActionResult<{ path: string; publicOrigin?: string; role: string; expiresAt: Date }>> {
  return run("createInviteAction", "manage_team", createInviteSchema, input, async (data, actor, db) => {
    const { invite, token } = await createInvite(db, {
      role: data.role,
      createdBy: actor.id,
      expiresInDays: data.expiresInDays,
    });
    const { env } = await getRuntime();
    const publicOrigin = env.STUDIO_PUBLIC_URL ? new URL(env.STUDIO_PUBLIC_URL).origin : undefined;
    return { path: `/invite/${token}`, publicOrigin, role: invite.role, expiresAt: invite.expiresAt };
  });
}

export async function revokeInviteAction(input: unknown): Promise<ActionResult<{ inviteId: string }>> {
  return run("revokeInviteAction", "manage_team", revokeInviteSchema, input, async (data, _actor, db) => {
    if (!(await revokeInvite(db, { id: data.inviteId, now: new Date() }))) {
      throw new AppError("conflict:invite_gone", "This invite was already used or revoked.");
    }
    return { inviteId: data.inviteId };
  });
}

export async function setSpendingCapAction(input: unknown): Promise<ActionResult<{ capUnits: number | null }>> {
  return run("setSpendingCapAction", "manage_settings", spendingCapSchema, input, async (data, actor, db) => {
    const settings = await updateSpendingCap(db, { capUnits: data.capUnits, updatedBy: actor.id, now: new Date() });
    return { capUnits: settings.monthlyCapUnits };
  });
}

/** Every team action refreshes the Team page once its work is done. */
function run<Schema extends z.ZodType, T>(
  name: string,
  permission: Permission,
  schema: Schema,
  input: unknown,
  work: (data: z.output<Schema>, actor: CurrentUser, db: Db) => Promise<T>,
): Promise<ActionResult<T>> {
  return runAuthorizedAction({
    name,
    permission,
    schema,
    input,
    work: async (data, actor, db) => {
      const result = await work(data, actor, db);
      revalidatePath("/team");
      return result;
    },
  });
}
