/**
 * Databases for tests. With TEST_DATABASE_URL or DATABASE_URL set (CI's Postgres run), each call makes
 * a fresh database on that server and drops it afterwards; otherwise PGlite, in a folder or in memory.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { DbHandle, DbOptions } from "./client";

export type TestDatabase = { options: DbOptions; drop(): Promise<void> };

export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** A new, empty database for one test (or one test process): Postgres when configured, else PGlite. */
export async function createTestDatabase(options: { pgliteDir?: string } = {}): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    return {
      options: options.pgliteDir ? { kind: "pglite", dataDir: options.pgliteDir } : { kind: "memory" },
      drop: async () => undefined,
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

export type { DbHandle };
