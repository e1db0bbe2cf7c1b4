import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/lib/db/auth-schema";
import { listPendingInvites, revokeInvite } from "@/lib/db/queries/invites";
import { invites } from "@/lib/db/team-schema";
import { isAppError } from "@/lib/errors";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { createOwnerAccount } from "./accounts";
import { acceptInvite, createInvite, hashInviteToken, lookUpInvite } from "./invites";

const database = testDatabasePerFile();
let ownerId: string;
const password = "a long enough password";
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  ownerId = (await createOwnerAccount(database.db, { name: "Owner", email: "owner@example.com", password })).id;
});

const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

describe("invite links", () => {
  it("stores only the SHA-256 of the token", async () => {
    const { invite, token } = await createInvite(database.db, {
      role: "creator",
      createdBy: ownerId,
      expiresInDays: 7,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invite.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const stored = await database.db.select().from(invites);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await lookUpInvite(database.db, token)).state).toBe("pending");
    expect((await lookUpInvite(database.db, hashInviteToken(token))).state).toBe("not_found");
  });

  it("creates the account with the invite's role and can be used only once", async () => {
    const { token } = await createInvite(database.db, { role: "reviewer", createdBy: ownerId, expiresInDays: 1 });
    const user = await acceptInvite(database.db, { token, name: "Rae", email: "rae@example.com", password });
    expect(user).toMatchObject({ role: "reviewer", isOwner: false, email: "rae@example.com" });
    const again = await acceptInvite(database.db, { token, name: "Eve", email: "eve@example.com", password }).catch(
      (error: unknown) => error,
    );
    expect(codeOf(again)).toBe("conflict:invite_accepted");
    expect(isAppError(again) && again.message).toMatch(/already been used/);
    const { invite, state } = await lookUpInvite(database.db, token);
    expect(state).toBe("accepted");
    expect(invite?.acceptedBy).toBe(user.id);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token } = await createInvite(database.db, { role: "creator", createdBy: ownerId, expiresInDays: 1 });
    const results = await Promise.allSettled([
      acceptInvite(database.db, { token, name: "One", email: "one@example.com", password }),
      acceptInvite(database.db, { token, name: "Two", email: "two@example.com", password }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.flatMap((result) => (result.status === "rejected" ? [codeOf(result.reason)] : []));
    expect(rejected).toEqual(["conflict:invite_accepted"]);
    const created = await database.db.select().from(users).where(eq(users.role, "creator"));
    expect(created).toHaveLength(1);
  });

  it("refuses an expired invite, and counts expiry to the millisecond", async () => {
    const created = new Date("2026-03-01T12:00:00Z");
    const { token } = await createInvite(database.db, {
      role: "creator",
      createdBy: ownerId,
      expiresInDays: 7,
      now: created,
    });
    const justBefore = new Date(created.getTime() + 7 * DAY - 1);
    expect((await lookUpInvite(database.db, token, justBefore)).state).toBe("pending");
    const atExpiry = new Date(created.getTime() + 7 * DAY);
    expect((await lookUpInvite(database.db, token, atExpiry)).state).toBe("expired");
    const error = await acceptInvite(database.db, {
      token,
      name: "Late",
      email: "late@example.com",
      password,
      now: atExpiry,
    }).catch((reason: unknown) => reason);
    expect(codeOf(error)).toBe("conflict:invite_expired");
    expect(await database.db.select().from(users).where(eq(users.email, "late@example.com"))).toHaveLength(0);
  });

  it("refuses a revoked invite and drops it from the pending list", async () => {
    const { invite, token } = await createInvite(database.db, { role: "admin", createdBy: ownerId, expiresInDays: 30 });
    expect((await listPendingInvites(database.db, new Date())).map((row) => row.id)).toContain(invite.id);
    expect(await revokeInvite(database.db, { id: invite.id, now: new Date() })).toBe(true);
    expect(await revokeInvite(database.db, { id: invite.id, now: new Date() })).toBe(false);
    expect((await listPendingInvites(database.db, new Date())).map((row) => row.id)).not.toContain(invite.id);
    const error = await acceptInvite(database.db, { token, name: "Rev", email: "rev@example.com", password }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("conflict:invite_revoked");
  });

  it("refuses a mangled token as not found", async () => {
    const error = await acceptInvite(database.db, {
      token: "not-a-token",
      name: "X",
      email: "x@example.com",
      password,
    }).catch((reason: unknown) => reason);
    expect(codeOf(error)).toBe("not_found:invite");
    expect((await lookUpInvite(database.db, "A".repeat(43))).state).toBe("not_found");
  });

  it("keeps the invite pending when the email is already taken", async () => {
    const { token } = await createInvite(database.db, { role: "creator", createdBy: ownerId, expiresInDays: 1 });
    const error = await acceptInvite(database.db, { token, name: "Dup", email: "OWNER@example.com", password }).catch(
      (reason: unknown) => reason,
    );
    expect(codeOf(error)).toBe("conflict:email_taken");
    expect((await lookUpInvite(database.db, token)).state).toBe("pending");
  });
});
