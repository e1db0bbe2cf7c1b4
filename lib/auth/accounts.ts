/**
 * Making accounts. The studio writes users itself (Better Auth's public sign-up is off) so that the
 * role, the owner flag and "is this the first account?" are decided inside one transaction; the
 * password is hashed with Better Auth's own hasher, so its sign-in verifies it as usual.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { User } from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import { countUsers, getUserByEmail, insertUserWithPassword, lockAccountCreation } from "@/lib/db/queries/users";
import { AppError } from "@/lib/errors";
import type { NewAccount } from "./account.schema";

export type AccountInput = { name: string; email: string; password: string };

/**
 * First run: the owner, an admin. Refused once any account exists. Two setups racing are serialized
 * by an advisory lock, and a unique index on the owner flag stops a second owner whatever happens.
 */
export async function createOwnerAccount(db: Db, input: AccountInput & { now?: Date }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return withUniqueEmail(() =>
    db.transaction(async (tx) => {
      await lockAccountCreation(tx);
      if ((await countUsers(tx)) > 0) {
        throw new AppError("conflict:owner_exists", "This studio already has an owner. Sign in instead.");
      }
      return insertUserWithPassword(tx, {
        id: randomUUID(),
        name: input.name,
        email: input.email,
        role: "admin",
        isOwner: true,
        passwordHash,
        now: input.now ?? new Date(),
      });
    }),
  );
}

/**
 * `npm run user:create`: any role; the first account ever made becomes the owner, so it must be an admin.
 */
export async function createAccountFromCommand(
  db: Db,
  input: NewAccount & { now?: Date },
): Promise<{ user: User; owner: boolean }> {
  const passwordHash = await hashPassword(input.password);
  return withUniqueEmail(() =>
    db.transaction(async (tx) => {
      await lockAccountCreation(tx);
      const first = (await countUsers(tx)) === 0;
      if (first && input.role !== "admin") {
        throw new AppError(
          "bad_request:owner_role",
          "This is the studio's first account, which becomes its owner and must be an admin: use --role admin.",
        );
      }
      await assertEmailFree(tx, input.email);
      const user = await insertUserWithPassword(tx, {
        id: randomUUID(),
        name: input.name,
        email: input.email,
        role: input.role,
        isOwner: first,
        passwordHash,
        now: input.now ?? new Date(),
      });
      return { user, owner: first };
    }),
  );
}

/** An account inside the caller's transaction (invite acceptance); the password is already hashed. */
export async function insertMemberAccount(
  tx: Db,
  input: { name: string; email: string; role: User["role"]; passwordHash: string; now: Date },
): Promise<User> {
  await assertEmailFree(tx, input.email);
  return insertUserWithPassword(tx, { id: randomUUID(), isOwner: false, ...input });
}

async function assertEmailFree(db: Db, email: string): Promise<void> {
  if (await getUserByEmail(db, email)) throw emailTaken();
}

/** The unique index is the last word when two requests use one address at the same moment. */
export async function withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "users_email_unique")) throw emailTaken();
    if (isUniqueViolation(error, "users_single_owner_idx")) {
      throw new AppError("conflict:owner_exists", "This studio already has an owner. Sign in instead.");
    }
    throw error;
  }
}

function emailTaken(): AppError {
  const message = "An account with this email already exists. Sign in instead, or use another address.";
  return new AppError("conflict:email_taken", message, { fieldErrors: { email: [message] } });
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = "code" in current ? current.code : undefined;
    const name = "constraint" in current ? current.constraint : undefined;
    const message = current instanceof Error ? current.message : "";
    if (code === "23505" && (name === constraint || message.includes(constraint))) return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}
