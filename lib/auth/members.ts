/**
 * Team management rules, beyond "is an admin" (checked by the caller): the owner keeps the admin role
 * and cannot be removed, and nobody changes their own role or removes themselves, so a team can never
 * lock itself out of its own settings.
 */
import "server-only";
import type { User } from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import { listReviewedTakeIds } from "@/lib/db/queries/reviews";
import { deleteUser, getUserById, updateUserRole } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import { refreshReviewStates } from "@/lib/review/decisions";
import type { CurrentUser } from "./authorize";
import type { Role } from "./permissions";

export async function changeMemberRole(
  db: Db,
  input: { actor: CurrentUser; userId: string; role: Role },
): Promise<User> {
  const member = await memberToManage(db, input.actor, input.userId, "change the role of");
  if (member.role === input.role) return member;
  const updated = await updateUserRole(db, { id: member.id, role: input.role });
  if (!updated) throw memberGone();
  return updated;
}

export async function removeMember(db: Db, input: { actor: CurrentUser; userId: string }): Promise<void> {
  const member = await memberToManage(db, input.actor, input.userId, "remove");
  await db.transaction(async (tx) => {
    // Their decisions go with the account; the takes they decided on get their overall state again.
    const reviewed = await listReviewedTakeIds(tx, member.id);
    if (!(await deleteUser(tx, member.id))) throw memberGone();
    await refreshReviewStates(tx, reviewed);
  });
}

async function memberToManage(db: Db, actor: CurrentUser, userId: string, verb: string): Promise<User> {
  if (actor.id === userId) {
    throw new AppError("forbidden:self", `You cannot ${verb} yourself. Ask another admin.`);
  }
  const member = await getUserById(db, userId);
  if (!member) throw memberGone();
  if (member.isOwner) {
    throw new AppError("forbidden:owner", `You cannot ${verb} the studio's owner.`);
  }
  return member;
}

function memberGone(): AppError {
  return new AppError("not_found:member", "This member is no longer on the team.");
}
