/**
 * The studio's Postgres pool: pg's Pool, made safe against a lost connection.
 *
 * - Every client has its own "error" listener, so a connection that drops (the server restarts, the
 *   network fails) is logged instead of crashing the process. pg emits "error" on the client, and Node
 *   throws an "error" event that has no listener; the pool listens only while a client is idle.
 * - A client that loses its connection while it is checked out is returned to the pool at once, which
 *   discards it. Otherwise a caller that never releases a broken client would hold its slot forever:
 *   drizzle's `transaction()` sends `begin` before its try/finally, so a connection lost during `begin`
 *   leaked its client, and a few such losses left the pool with no slots (and `end()` waiting forever).
 *   Releasing is idempotent, so the caller's own release later does nothing.
 */
import "server-only";
import pg, { type PoolClient, type PoolConfig } from "pg";
import { log } from "@/lib/log";

type ConnectCallback = (
  err: Error | undefined,
  client: PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

export class StudioPool extends pg.Pool {
  constructor(config: PoolConfig) {
    super(config);
    this.on("connect", (client) => {
      client.on("error", (error) => log.error("database connection lost", { error }));
    });
    // An idle client's error reaches the pool too; the client's own listener has logged it.
    this.on("error", () => undefined);
  }

  override connect(): Promise<PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<PoolClient> | undefined {
    if (!callback) return super.connect().then(releaseWhenBroken);
    super.connect((error, client, done) => {
      if (error || !client) return callback(error, client, done);
      const guarded = releaseWhenBroken(client);
      callback(undefined, guarded, guarded.release as (release?: unknown) => void);
    });
    return undefined;
  }
}

/** Makes `client.release` idempotent and calls it, with the error, if the connection is lost while checked out. */
function releaseWhenBroken(client: PoolClient): PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener("error", onLost);
    release(error);
  };
  const onLost = (error: Error) => releaseOnce(error);
  client.once("error", onLost);
  client.release = releaseOnce;
  return client;
}
