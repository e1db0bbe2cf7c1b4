/**
 * A fresh database for one test file: created and opened before its tests (before the file's own
 * beforeAll hooks that come after this call, which may seed it), closed and dropped after them. A file
 * whose tests each need an empty database uses testDatabasePerTest instead.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createDb, type Db, type DbHandle } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type OpenTestDatabase = { readonly db: Db; readonly handle: DbHandle };

export function testDatabasePerFile(): OpenTestDatabase {
  return freshDatabase(beforeAll, afterAll, "beforeAll");
}

/** A fresh database for each test of the file, dropped after it. */
export function testDatabasePerTest(): OpenTestDatabase {
  return freshDatabase(beforeEach, afterEach, "beforeEach");
}

function freshDatabase(
  before: (hook: () => Promise<void>) => void,
  after: (hook: () => Promise<void>) => void,
  opensIn: string,
): OpenTestDatabase {
  let fresh: TestDatabase | undefined;
  let handle: DbHandle | undefined;
  before(async () => {
    fresh = await createTestDatabase();
    handle = await createDb(fresh.options);
  });
  after(async () => {
    await handle?.close();
    await fresh?.drop();
  });
  const opened = (): DbHandle => {
    if (!handle) throw new Error(`the test database is opened in ${opensIn}: use it inside hooks and tests`);
    return handle;
  };
  return {
    get db() {
      return opened().db;
    },
    get handle() {
      return opened();
    },
  };
}
