/**
 * A fresh database for one test file: created and opened before its tests (before the file's own
 * beforeAll hooks that come after this call, which may seed it), closed and dropped after them.
 */
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db, type DbHandle } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "./test-database";

export function testDatabasePerFile(): { readonly db: Db; readonly handle: DbHandle } {
  let fresh: TestDatabase | undefined;
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    fresh = await createTestDatabase();
    handle = await createDb(fresh.options);
  });
  afterAll(async () => {
    await handle?.close();
    await fresh?.drop();
  });
  const opened = (): DbHandle => {
    if (!handle) throw new Error("the test database is opened in beforeAll: use it inside hooks and tests");
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
