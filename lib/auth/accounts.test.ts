/**
 * Accounts against a real database (PGlite, or Postgres with TEST_DATABASE_URL): the owner is created
 * once however many setups race, and accounts made by the studio sign in through Better Auth itself.
 */
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accounts, users } from "@/lib/db/auth-schema";
import { createDb, type Db } from "@/lib/db/client";
import { countUsers } from "@/lib/db/queries/users";
import { isAppError } from "@/lib/errors";
import { createTestDatabase } from "@/test/support/test-database";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { createAccountFromCommand, createOwnerAccount } from "./accounts";
import { createStudioAuth, type StudioAuth } from "./auth";
import type { Role } from "./permissions";

const database = testDatabasePerFile();
let auth: StudioAuth;
/** Long enough for the account rules; the command-line accounts below all use it. */
const PASSWORD = "a long enough password";

beforeAll(async () => {
  auth = createStudioAuth({
    db: database.db,
    env: { PORT: 3999, STUDIO_PUBLIC_URL: undefined },
    secret: "x".repeat(40),
  });
});

describe("first-run owner", () => {
  it("creates exactly one owner when several setups race", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, (_, index) =>
        createOwnerAccount(database.db, {
          name: `Owner ${index}`,
          email: `owner${index}@example.com`,
          password: "correct horse battery",
        }),
      ),
    );
    const created = attempts.filter((attempt) => attempt.status === "fulfilled");
    const refused = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason] : []));
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(4);
    for (const reason of refused) expect(isAppError(reason) && reason.code).toBe("conflict:owner_exists");
    const owners = await database.db.select().from(users).where(eq(users.isOwner, true));
    expect(owners).toHaveLength(1);
    expect(owners[0].role).toBe("admin");
    expect(await countUsers(database.db)).toBe(1);
  });

  it("stores a library hash, never the password", async () => {
    const [account] = await database.db.select().from(accounts);
    expect(account.providerId).toBe("credential");
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("correct horse battery");
  });

  it("signs the owner in through Better Auth, with the role on the session's user", async () => {
    const [owner] = await database.db.select().from(users).where(eq(users.isOwner, true));
    const cookie = await signInCookie(owner.email.toUpperCase(), "correct horse battery");
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user).toMatchObject({ id: owner.id, role: "admin", isOwner: true });
    // Without the bearer plugin a bare session token is not a session: the signed cookie is the only way in.
    const token = decodeURIComponent(cookie.split("=")[1] ?? "").split(".")[0];
    expect(await auth.api.getSession({ headers: new Headers({ authorization: `Bearer ${token}` }) })).toBeNull();
  });

  it("refuses a wrong password", async () => {
    const [owner] = await database.db.select().from(users).where(eq(users.isOwner, true));
    await expect(
      auth.api.signInEmail({ body: { email: owner.email, password: "wrong password!!" } }),
    ).rejects.toBeInstanceOf(APIError);
  });
});

describe("accounts from the command line", () => {
  it("adds a member with the given role once an owner exists", async () => {
    const { user, owner } = await commandAccount(database.db, {
      name: "Rita",
      email: "Rita@Example.com",
      role: "reviewer",
    });
    expect(owner).toBe(false);
    expect(user).toMatchObject({ email: "rita@example.com", role: "reviewer", isOwner: false });
  });

  it("refuses an email that already has an account, with a field error", async () => {
    const error = await commandAccount(database.db, {
      name: "Rita again",
      email: "rita@example.com",
      role: "creator",
    }).catch((reason: unknown) => reason);
    expect(isAppError(error) && error.code).toBe("conflict:email_taken");
    expect(isAppError(error) && error.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });
});

describe("Better Auth's own endpoints", () => {
  it("keeps public sign-up closed", async () => {
    await expect(
      auth.api.signUpEmail({
        body: { name: "Mallory", email: "mallory@example.com", password: PASSWORD },
      }),
    ).rejects.toBeInstanceOf(APIError);
    expect(await database.db.select().from(users).where(eq(users.email, "mallory@example.com"))).toHaveLength(0);
  });

  it("does not let a user raise their own role", async () => {
    const cookie = await signInCookie("rita@example.com", PASSWORD);
    const updateUser = (body: object) =>
      auth.handler(
        new Request("http://localhost:3999/api/auth/update-user", {
          method: "POST",
          headers: { cookie, "content-type": "application/json", origin: "http://localhost:3999" },
          body: JSON.stringify(body),
        }),
      );
    expect((await updateUser({ name: "Rita R." })).status).toBe(200);
    expect((await updateUser({ role: "admin" })).status).toBe(400);
    expect((await updateUser({ isOwner: true })).status).toBe(400);
    const [rita] = await database.db.select().from(users).where(eq(users.email, "rita@example.com"));
    expect(rita).toMatchObject({ name: "Rita R.", role: "reviewer", isOwner: false });
  });
});

/** An account made as `npm run user:create` makes it, with PASSWORD. */
function commandAccount(db: Db, account: { name: string; email: string; role: Role }) {
  return createAccountFromCommand(db, { ...account, password: PASSWORD });
}

async function signInCookie(email: string, password: string): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

describe("first account from the command line", () => {
  it("makes the first account the owner, and insists it is an admin", async () => {
    const fresh = await createTestDatabase();
    const other = await createDb(fresh.options);
    try {
      const refused = await commandAccount(other.db, {
        name: "Cleo",
        email: "cleo@example.com",
        role: "creator",
      }).catch((reason: unknown) => reason);
      expect(isAppError(refused) && refused.message).toMatch(/first account.*must be an admin/);
      const { user, owner } = await commandAccount(other.db, { name: "Ada", email: "ada@example.com", role: "admin" });
      expect(owner).toBe(true);
      expect(user).toMatchObject({ role: "admin", isOwner: true });
    } finally {
      await other.close();
      await fresh.drop();
    }
  });
});
