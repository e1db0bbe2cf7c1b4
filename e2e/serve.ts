/**
 * Starts the built studio for the end-to-end tests. With DATABASE_URL set (CI's Postgres run) it first
 * makes a fresh database on that server, so every run starts empty; PGlite runs use a fresh data folder.
 *
 * Before the studio starts (PGlite allows one process per folder), it can prepare the database:
 * - E2E_ACCOUNTS=1 creates the accounts of e2e/accounts.ts (the admin first: the owner);
 * - E2E_SEED_TAKES=<n> adds n finished takes by those accounts, sharing one rendered clip, most of them
 *   with a measured camera move.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createAccountFromCommand } from "@/lib/auth/accounts";
import { createDb, type DbOptions } from "@/lib/db/client";
import { createSeedMediaSource, seedTakes } from "@/test/support/seed-takes";
import { createTestDatabase } from "@/test/support/test-database";
import { E2E_ACCOUNTS } from "./accounts";

async function main() {
  const port = process.env.PORT ?? "3100";
  const root = path.resolve(process.env.STUDIO_DATA_DIR ?? "data");
  const env = { ...process.env };
  let drop: () => Promise<void> = async () => {};
  let database: DbOptions = { kind: "pglite", dataDir: path.join(root, "db") };
  if (process.env.DATABASE_URL) {
    const fresh = await createTestDatabase();
    drop = fresh.drop;
    if (fresh.options.kind === "postgres") {
      env.DATABASE_URL = fresh.options.url;
      database = fresh.options;
    }
    console.log(`[e2e] fresh Postgres database: ${new URL(env.DATABASE_URL ?? "").pathname.slice(1)}`);
  }
  await prepare(database, root);

  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
    env,
    stdio: "inherit",
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  child.on("exit", (code) => {
    void drop()
      .catch(() => undefined)
      .finally(() => process.exit(code ?? 0));
  });
}

async function prepare(options: DbOptions, root: string): Promise<void> {
  const seedCount = Number(process.env.E2E_SEED_TAKES ?? 0);
  if (process.env.E2E_ACCOUNTS !== "1" && seedCount === 0) return;
  const started = Date.now();
  const handle = await createDb(options);
  try {
    const ids: string[] = [];
    if (process.env.E2E_ACCOUNTS === "1") {
      for (const account of Object.values(E2E_ACCOUNTS)) {
        ids.push((await createAccountFromCommand(handle.db, account)).user.id);
      }
    }
    if (seedCount > 0) {
      const source = await createSeedMediaSource(path.join(root, "seed-source"));
      await seedTakes(handle.db, {
        count: seedCount,
        media: { root: path.join(root, "media"), ...source },
        creators: ids.length > 0 ? ids : undefined,
        measured: true,
      });
    }
    console.log(`[e2e] ${ids.length} accounts and ${seedCount} takes prepared in ${Date.now() - started} ms`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
