/**
 * One factory for the database: PGlite in the data folder by default, a Postgres server when
 * DATABASE_URL is set. Both give the same Drizzle API, so queries take `Db` and never care which.
 * Migrations are applied on open.
 */
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as authSchema from "./auth-schema";
import { acquireDirectoryLock, type DirectoryLock } from "./pglite-lock";
import * as reviewSchema from "./review-schema";
import * as takeSchema from "./schema";
import * as teamSchema from "./team-schema";

const schema = { ...takeSchema, ...authSchema, ...teamSchema, ...reviewSchema };

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
};

export type DbOptions =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  /** In memory: for tests, nothing on disk. */
  | { kind: "memory" };

const MIGRATIONS_FOLDER = path.join(process.cwd(), "lib/db/migrations");

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.kind === "postgres") return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.kind === "pglite" ? options.dataDir : undefined);
}

async function openPostgres(url: string, poolSize: number): Promise<DbHandle> {
  const { StudioPool } = await import("./postgres-pool");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new StudioPool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  const db = drizzle({ client: pool, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, kind: "postgres", close: () => pool.end() };
}

async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  let lock: DirectoryLock | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDirectoryLock(dataDir);
  }
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = await PGlite.create(dataDir ? { dataDir } : {});
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    // PGlite has no autovacuum to gather planner statistics; without them its planner scans and sorts
    // every take for the gallery's first page instead of walking an index.
    await client.exec("analyze");
    return {
      db,
      kind: "pglite",
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
