/**
 * Databases for tests. With TEST_DATABASE_URL or DATABASE_URL set (CI's Postgres run), each call makes
 * a fresh database on that server and drops it afterwards; otherwise PGlite, in a folder or in memory.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DbOptions } from "@/lib/db/client";

export type TestDatabase = { options: DbOptions; drop(): Promise<void> };

export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** A new, empty database for one test (or one test process): Postgres when configured, else PGlite. */
export async function createTestDatabase(options: { pgliteDir?: string } = {}): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    const dataDir = options.pgliteDir ?? (await mkdtemp(path.join(tmpdir(), "studio-pglite-")));
    // Copying a migrated folder takes a fraction of a second; creating a PGlite database takes seconds.
    await cp(await pgliteTemplate(), dataDir, { recursive: true });
    return {
      options: { kind: "pglite", dataDir },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `studio_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await adminQuery(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    options: { kind: "postgres", url: url.toString(), poolSize: 5 },
    drop: () => adminQuery(server, `drop database if exists ${name} with (force)`),
  };
}

let template: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), "studio-pglite-template-")), "db");
    const { createDb } = await import("@/lib/db/client");
    const handle = await createDb({ kind: "pglite", dataDir: dir });
    await handle.close();
    return dir;
  })();
  return template;
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
