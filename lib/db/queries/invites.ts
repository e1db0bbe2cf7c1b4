/** Queries on invite links. Tokens never reach this module, only their hashes. */
import "server-only";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type Invite, invites } from "../team-schema";

export async function insertInvite(db: Db, values: typeof invites.$inferInsert): Promise<Invite> {
  const [row] = await db.insert(invites).values(values).returning();
  return row;
}

/** With `lock`, the row stays locked until the transaction ends: how an invite is used only once. */
export async function getInviteByTokenHash(
  db: Db,
  tokenHash: string,
  options: { lock?: boolean } = {},
): Promise<Invite | undefined> {
  const query = db.select().from(invites).where(eq(invites.tokenHash, tokenHash)).limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export async function listPendingInvites(db: Db, now: Date): Promise<Invite[]> {
  return db
    .select()
    .from(invites)
    .where(and(isNull(invites.acceptedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
    .orderBy(asc(invites.expiresAt));
}

export async function markInviteAccepted(db: Db, values: { id: string; userId: string; now: Date }): Promise<void> {
  await db.update(invites).set({ acceptedAt: values.now, acceptedBy: values.userId }).where(eq(invites.id, values.id));
}

/** Revokes a pending invite; false when it was already used or revoked. */
export async function revokeInvite(db: Db, values: { id: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ revokedAt: values.now })
    .where(and(eq(invites.id, values.id), isNull(invites.acceptedAt), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  return rows.length > 0;
}
