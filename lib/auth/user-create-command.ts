/**
 * `npm run user:create -- --email … --password … --role admin [--name …]`: an account without the
 * browser (the first one becomes the owner). With Postgres it writes directly. With PGlite it opens the
 * folder only when no studio holds it; when a running studio does, it asks that studio through its
 * loopback internal endpoint (lib/auth/internal-users.ts) instead of touching the folder.
 */
import "server-only";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb, type DbOptions } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { type NewAccount, newAccountSchema } from "./account.schema";
import { createAccountFromCommand } from "./accounts";
import { readInternalAccess } from "./internal-access";
import type { CreatedAccountReply } from "./internal-users";

const USAGE =
  "Usage: npm run user:create -- --email ana@example.com --password '<at least 10 characters>' --role admin|creator|reviewer [--name 'Ana Lima']";

export type CommandResult = {
  user: { email: string; role: string; name: string };
  owner: boolean;
  via: "database" | "studio";
};

/** Turns argv into a valid account, or an AppError whose message lists every problem. */
export function parseUserCreateArgs(argv: string[]): NewAccount {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        password: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new AppError("bad_request:arguments", `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const email = typeof values.email === "string" ? values.email : undefined;
  const parsed = newAccountSchema.safeParse({
    email,
    password: values.password,
    role: values.role,
    // Without --name, the part of the address before the @ (it can be changed later).
    name: typeof values.name === "string" ? values.name : email?.split("@")[0],
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  --${issue.path.join(".")}: ${issue.message}`);
    throw new AppError("bad_request:arguments", `${problems.join("\n")}\n${USAGE}`);
  }
  return parsed.data;
}

export async function runUserCreate(
  account: NewAccount,
  options: { env: Env; dataDir: string },
): Promise<CommandResult> {
  if (options.env.DATABASE_URL)
    return createDirectly(account, { kind: "postgres", url: options.env.DATABASE_URL, poolSize: 1 });
  try {
    return await createDirectly(account, { kind: "pglite", dataDir: path.join(options.dataDir, "db") });
  } catch (error) {
    // The folder is held: by a running studio (ask it), or by something else (say so).
    if (isAppError(error) && error.code === "database:locked")
      return createThroughStudio(account, options.dataDir, error);
    throw error;
  }
}

async function createDirectly(account: NewAccount, options: DbOptions): Promise<CommandResult> {
  const handle = await createDb(options);
  try {
    const { user, owner } = await createAccountFromCommand(handle.db, account);
    return { user, owner, via: "database" };
  } finally {
    await handle.close();
  }
}

const replySchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() }),
  owner: z.boolean(),
});

async function createThroughStudio(account: NewAccount, dataDir: string, locked: AppError): Promise<CommandResult> {
  // One retry: another user:create may have used the token between our read and our request.
  for (let attempt = 0; ; attempt++) {
    const access = readInternalAccess(dataDir);
    if (!access || !isAlive(access.pid)) {
      throw new AppError(
        "database:locked",
        `${locked.message}\nNo running studio was found to ask instead (no live ${path.join(dataDir, "internal-access.json")}). ` +
          "If the process holding the folder is `npm run worker`, stop it and run this command again.",
      );
    }
    let response: Response;
    try {
      response = await fetch(new URL("/api/internal/users", access.url), {
        method: "POST",
        headers: { authorization: `Bearer ${access.token}`, "content-type": "application/json" },
        body: JSON.stringify(account),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new AppError(
        "database:locked",
        `The studio (pid ${access.pid}) holds the database, but it did not answer at ${access.url} ` +
          `(${error instanceof Error ? error.message : String(error)}). Is it still starting, or running on another PORT?`,
      );
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status === 401 && attempt === 0) continue;
    if (!response.ok) {
      const message =
        body && typeof body === "object" && "message" in body && typeof body.message === "string"
          ? body.message
          : undefined;
      throw new AppError("internal:studio_refused", message ?? `The studio answered ${response.status}.`);
    }
    const reply: CreatedAccountReply = replySchema.parse(body);
    return { user: reply.user, owner: reply.owner, via: "studio" };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
