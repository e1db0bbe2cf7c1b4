/**
 * A loopback TCP proxy (to Postgres, in the tests that use it) that a test can cut, refusing new
 * connections and dropping open ones as a failed database host would, and then restore.
 */
import { connect, createServer, type Socket } from "node:net";

export type TcpProxy = {
  port: number;
  /** Refuses new connections and drops the open ones, until restore(). */
  cut(): void;
  restore(): void;
  /** Drops a connection the moment its client next sends anything (its next query), before it arrives. */
  dropOnNextData(): void;
  close(): void;
};

async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let open = true;
  let dropArmed = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    // Before the pipe's own listener, so an armed drop happens before the data is forwarded.
    client.on("data", () => {
      if (!dropArmed) return;
      dropArmed = false;
      drop();
    });
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no proxy address");
  const cut = () => {
    open = false;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    port: address.port,
    cut,
    restore() {
      open = true;
    },
    dropOnNextData() {
      dropArmed = true;
    },
    close() {
      cut();
      server.close();
    },
  };
}

/** A proxy in front of the Postgres server `url` names, and the same URL pointed through it. */
export async function proxyPostgres(url: string): Promise<{ url: string; proxy: TcpProxy }> {
  const target = new URL(url);
  const proxy = await startTcpProxy(Number(target.port || 5432));
  target.port = String(proxy.port);
  return { url: target.toString(), proxy };
}
