/** Queries on accounts. Each takes the database (or a transaction) first. */
import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/permissions";
import { accounts, type User, users } from "../auth-schema";
import type { Db } from "../client";

/** Better Auth's provider id for email + password accounts. */
const CREDENTIAL_PROVIDER = "credential";

/** Any number: the key of the transaction-scoped advisory lock that serializes account creation. */
const ACCOUNT_CREATION_LOCK = 7_351_001;

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

export async function getUserById(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function getUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

/** Members in the order they joined (the owner first). */
export async function listUsers(db: Db): Promise<User[]> {
  return db.select().from(users).orderBy(asc(users.createdAt), asc(users.id));
}

/**
 * Inside a transaction, waits until no other transaction is creating an account; released at commit.
 * Used where "is this the first account?" decides the owner.
 */
export async function lockAccountCreation(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_CREATION_LOCK})`);
}

/** A user and their email + password account, as Better Auth would have written them. */
export async function insertUserWithPassword(
  db: Db,
  values: { id: string; name: string; email: string; role: Role; isOwner: boolean; passwordHash: string; now: Date },
): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({
      id: values.id,
      name: values.name,
      email: values.email.toLowerCase(),
      role: values.role,
      isOwner: values.isOwner,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  await db.insert(accounts).values({
    id: `${values.id}-credential`,
    accountId: values.id,
    providerId: CREDENTIAL_PROVIDER,
    userId: values.id,
    password: values.passwordHash,
    createdAt: values.now,
    updatedAt: values.now,
  });
  return user;
}

export async function updateUserRole(db: Db, values: { id: string; role: Role }): Promise<User | undefined> {
  const [row] = await db.update(users).set({ role: values.role }).where(eq(users.id, values.id)).returning();
  return row;
}

/** Removes the user; their sessions and account go with them (foreign keys cascade). */
export async function deleteUser(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}
