"use server";

import type { ActionResult } from "@/lib/action-result";
import { createInvite } from "@/lib/auth/invites";
import { changeMemberRole, removeMember } from "@/lib/auth/members";
import { revokeInvite } from "@/lib/db/queries/invites";
import { updateSpendingCap } from "@/lib/db/queries/spending";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/server-action";
import {
  changeRoleSchema,
  createInviteSchema,
  removeMemberSchema,
  revokeInviteSchema,
  spendingCapSchema,
} from "./team.schema";

// Every team action refreshes the Team page once its work is done.
const TEAM_PAGE = ["/team"];

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult<{ userId: string; role: string }>> {
  return runAction({
    name: "changeMemberRoleAction",
    permission: "manage_team",
    schema: changeRoleSchema,
    input,
    revalidate: TEAM_PAGE,
    work: async (data, { actor, db }) => {
      const member = await changeMemberRole(db, { actor, userId: data.userId, role: data.role });
      return { userId: member.id, role: member.role };
    },
  });
}

export async function removeMemberAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction({
    name: "removeMemberAction",
    permission: "manage_team",
    schema: removeMemberSchema,
    input,
    revalidate: TEAM_PAGE,
    work: async (data, { actor, db }) => {
      await removeMember(db, { actor, userId: data.userId });
      return { userId: data.userId };
    },
  });
}

/** The token is in the returned path only: it is stored hashed and cannot be shown again. */
export async function createInviteAction(
  input: unknown,
): Promise<ActionResult<{ path: string; publicOrigin?: string; role: string; expiresAt: Date }>> {
  return runAction({
    name: "createInviteAction",
    permission: "manage_team",
    schema: createInviteSchema,
    input,
    revalidate: TEAM_PAGE,
    work: async (data, { actor, db, runtime }) => {
      const { invite, token } = await createInvite(db, {
        role: data.role,
        createdBy: actor.id,
        expiresInDays: data.expiresInDays,
      });
      const publicOrigin = runtime.env.STUDIO_PUBLIC_URL ? new URL(runtime.env.STUDIO_PUBLIC_URL).origin : undefined;
      return { path: `/invite/${token}`, publicOrigin, role: invite.role, expiresAt: invite.expiresAt };
    },
  });
}

export async function revokeInviteAction(input: unknown): Promise<ActionResult<{ inviteId: string }>> {
  return runAction({
    name: "revokeInviteAction",
    permission: "manage_team",
    schema: revokeInviteSchema,
    input,
    revalidate: TEAM_PAGE,
    work: async (data, { db }) => {
      if (!(await revokeInvite(db, { id: data.inviteId, now: new Date() }))) {
        throw new AppError("conflict:invite_gone", "This invite was already used or revoked.");
      }
      return { inviteId: data.inviteId };
    },
  });
}

export async function setSpendingCapAction(input: unknown): Promise<ActionResult<{ capUnits: number | null }>> {
  return runAction({
    name: "setSpendingCapAction",
    permission: "manage_settings",
    schema: spendingCapSchema,
    input,
    revalidate: TEAM_PAGE,
    work: async (data, { actor, db }) => {
      const settings = await updateSpendingCap(db, { capUnits: data.capUnits, updatedBy: actor.id, now: new Date() });
      return { capUnits: settings.monthlyCapUnits };
    },
  });
}
