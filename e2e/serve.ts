/**
 * Starts the built studio for the end-to-end tests. With DATABASE_URL set (CI's Postgres run) it first
 * makes a fresh database on that server, so every run starts empty; PGlite runs use a fresh data folder.
 */
import { spawn } from "node:child_process";
import { createTestDatabase } from "@/lib/db/test-database";

async function main() {
  const port = process.env.PORT ?? "3100";
  const env = { ...process.env };
  let drop = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    drop = database.drop;
    if (database.options.kind === "postgres") env.DATABASE_URL = database.options.url;
    console.log(`[e2e] fresh Postgres database: ${new URL(env.DATABASE_URL ?? "").pathname.slice(1)}`);
  }
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
