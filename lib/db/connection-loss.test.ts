/**
 * Postgres going away under the studio: a lost connection fails the work that was using it, with an
 * error, and never crashes the process; once the server is back, the next query reconnects.
 */
import { type SQL, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { proxyPostgres, type TcpProxy } from "@/test/support/tcp-proxy";
import { createTestDatabase, type TestDatabase, testServerUrl } from "@/test/support/test-database";
import { createDb, type DbHandle } from "./client";

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function openThroughProxy(poolSize = 3): Promise<{ handle: DbHandle; proxy: TcpProxy; uncaught: unknown[] }> {
  const fresh: TestDatabase = await createTestDatabase();
  cleanup.push(() => fresh.drop());
  if (fresh.options.kind !== "postgres") throw new Error("expected Postgres");
  const { url, proxy } = await proxyPostgres(fresh.options.url);
  cleanup.push(() => proxy.close());
  const handle = await createDb({ kind: "postgres", url, poolSize });
  cleanup.push(() => handle.close());
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.prependListener("uncaughtException", record);
  cleanup.push(() => process.removeListener("uncaughtException", record));
  return { handle, proxy, uncaught };
}

async function rowsOf(handle: DbHandle, query: SQL): Promise<unknown[]> {
  const result = (await handle.db.execute(query)) as { rows: unknown[] };
  return result.rows;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe.skipIf(!testServerUrl())("losing the Postgres connection (Postgres)", () => {
  it("fails a transaction that held the connection, without an uncaught error, and reconnects after", async () => {
    const { handle, proxy, uncaught } = await openThroughProxy();
    const transaction = handle.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      // The connection drops while the transaction holds its client between two statements.
      proxy.cut();
      await settle();
      await tx.execute(sql`select 2`);
    });
    await expect(transaction).rejects.toThrow();
    await settle();
    expect(uncaught).toEqual([]);

    proxy.restore();
    expect(await rowsOf(handle, sql`select 3 as three`)).toEqual([{ three: 3 }]);
  });

  it("gives back a connection lost as a transaction begins, so the pool keeps its slot", async () => {
    // One slot: a client leaked by the failed transaction would leave nothing for the next query.
    const { handle, proxy, uncaught } = await openThroughProxy(1);
    await rowsOf(handle, sql`select 1`);
    proxy.dropOnNextData();
    await expect(handle.db.transaction(async (tx) => tx.execute(sql`select 2`))).rejects.toThrow();
    await settle();
    expect(uncaught).toEqual([]);
    expect(await rowsOf(handle, sql`select 5 as five`)).toEqual([{ five: 5 }]);
  });

  it("drops idle connections quietly and reconnects for the next query", async () => {
    const { handle, proxy, uncaught } = await openThroughProxy();
    await Promise.all([1, 2, 3].map((n) => handle.db.execute(sql`select ${n}::int as n`)));
    proxy.cut();
    await settle();
    expect(uncaught).toEqual([]);
    proxy.restore();
    expect(await rowsOf(handle, sql`select 4 as four`)).toEqual([{ four: 4 }]);
  });
});
