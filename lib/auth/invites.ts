/**
 * Invite links. The link carries a random token; only its SHA-256 is stored, so a copy of the database
 * cannot be turned into working links. An invite is used once: acceptance locks its row, checks it is
 * still pending, creates the account with the invite's role and marks it accepted in one transaction.
 */
import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { User } from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import { getInviteByTokenHash, insertInvite, markInviteAccepted } from "@/lib/db/queries/invites";
import type { Invite } from "@/lib/db/team-schema";
import { AppError } from "@/lib/errors";
import { type AccountInput, insertMemberAccount, withUniqueEmail } from "./accounts";
import type { Role } from "./permissions";

const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type InviteState = "pending" | "expired" | "revoked" | "accepted" | "not_found";

function generateInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createInvite(
  db: Db,
  options: { role: Role; createdBy: string; expiresInDays: number; now?: Date },
): Promise<{ invite: Invite; token: string }> {
  const now = options.now ?? new Date();
  const token = generateInviteToken();
  const invite = await insertInvite(db, {
    id: randomUUID(),
    tokenHash: hashInviteToken(token),
    role: options.role,
    createdBy: options.createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + options.expiresInDays * DAY_MS),
  });
  return { invite, token };
}

function inviteState(invite: Invite | undefined, now: Date): InviteState {
  if (!invite) return "not_found";
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** What the invite page shows before anyone types anything. */
export async function lookUpInvite(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ state: InviteState; invite?: Invite }> {
  if (!TOKEN_PATTERN.test(token)) return { state: "not_found" };
  const invite = await getInviteByTokenHash(db, hashInviteToken(token));
  return { state: inviteState(invite, now), invite };
}

export const INVITE_STATE_MESSAGES: Record<Exclude<InviteState, "pending">, string> = {
  not_found: "This invite link is not valid. Check that it was copied whole, or ask an admin for a new one.",
  expired: "This invite link has expired. Ask an admin for a new one.",
  revoked: "This invite link was revoked by an admin. Ask an admin for a new one if you still need access.",
  accepted:
    "This invite link has already been used. Sign in with the account it created, or ask an admin for a new link.",
};

export async function acceptInvite(db: Db, input: AccountInput & { token: string; now?: Date }): Promise<User> {
  if (!TOKEN_PATTERN.test(input.token)) throw inviteError("not_found");
  const passwordHash = await hashPassword(input.password);
  return withUniqueEmail(() =>
    db.transaction(async (tx) => {
      const now = input.now ?? new Date();
      const invite = await getInviteByTokenHash(tx, hashInviteToken(input.token), { lock: true });
      const state = inviteState(invite, now);
      if (!invite || state !== "pending") throw inviteError(state === "pending" ? "not_found" : state);
      const user = await insertMemberAccount(tx, {
        name: input.name,
        email: input.email,
        role: invite.role,
        passwordHash,
        now,
      });
      await markInviteAccepted(tx, { id: invite.id, userId: user.id, now });
      return user;
    }),
  );
}

function inviteError(state: Exclude<InviteState, "pending">): AppError {
  const code = state === "not_found" ? "not_found:invite" : (`conflict:invite_${state}` as const);
  return new AppError(code, INVITE_STATE_MESSAGES[state]);
}
