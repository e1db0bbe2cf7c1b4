/**
 * Load on the two endpoints every open tab hits: the batched status API and the gallery page, over a
 * seeded database of 10,000 takes. 50 concurrent clients for 60 s each, loopback only, bounded. Each
 * client is its own member, signed in over HTTP, so the per-member API limit applies as in real use.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createAccountFromCommand } from "@/lib/auth/accounts";
import { createDb } from "@/lib/db/client";
import { createSeedMediaSource, seedTakes } from "@/test/support/seed-takes";
import { signInForBench } from "./session";
import { startStudioServer } from "./studio-server";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 60);
const PORT = Number(process.env.LOAD_PORT ?? 4410);

export default async function loadBench(): Promise<{ title: string; markdown: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "load-bench-"));
  try {
    const ids = await seed(dataDir);
    const server = await startStudioServer({ port: PORT, env: { STUDIO_DATA_DIR: dataDir } });
    try {
      const cookies: string[] = [];
      for (const account of MEMBERS) cookies.push(await signInForBench(server.url, account));
      const statusPath = `/api/generations/status?ids=${ids.slice(0, 20).join(",")}`;
      const rows = [
        row("status API (20 takes per request)", await hit(`${server.url}${statusPath}`, cookies)),
        row("gallery page (server render, first page)", await hit(`${server.url}/gallery`, cookies)),
      ];
      return {
        title: "Load: status API and gallery under 50 concurrent clients",
        markdown: [
          `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, production build (\`next start\`),`,
          "PGlite with 10,000 seeded takes, client and server on this machine (they share its 2 cores).",
          `Each connection is a different member (${CONNECTIONS} accounts, signed in over HTTP), so every request`,
          "passes sign-in and the per-member API limit (default settings) as in real use.",
          "",
          "| endpoint | requests | errors (socket / timeout / non-2xx) | throughput (req/s) | p50 ms | p95 ms | p99 ms |",
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
          ...rows,
        ].join("\n"),
      };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const MEMBERS = Array.from({ length: CONNECTIONS }, (_, index) => ({
  name: `Load member ${index + 1}`,
  email: `load-${index + 1}@bench.test`,
  password: `load-password-${index + 1}`,
}));

async function seed(dataDir: string): Promise<string[]> {
  const source = await createSeedMediaSource(path.join(dataDir, "seed-source"));
  const database = await createDb({ kind: "pglite", dataDir: path.join(dataDir, "db") });
  try {
    // The first account becomes the owner and must be an admin; the others only need to view.
    for (const [index, member] of MEMBERS.entries()) {
      await createAccountFromCommand(database.db, { ...member, role: index === 0 ? "admin" : "reviewer" });
    }
    return await seedTakes(database.db, { count: 10_000, media: { root: path.join(dataDir, "media"), ...source } });
  } finally {
    await database.close();
  }
}

type Measured = { result: autocannon.Result; latencies: number[] };

/**
 * Runs autocannon and keeps every response time, so percentiles are exact rather than bucketed. Each
 * connection gets its own member's cookie (setupClient runs once per connection).
 */
function hit(url: string, cookies: readonly string[]): Promise<Measured> {
  const latencies: number[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        // A browser waits minutes for a page; 30 s only bounds a server that hangs. Requests that take
        // longer still count as errors (timeouts) in the table.
        timeout: 30,
        setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length] }),
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function row(name: string, { result, latencies }: Measured): string {
  // 304 (an unchanged status, by ETag) is a success; anything else outside 2xx counts as an error.
  // autocannon's `errors` already includes its `timeouts`.
  const nonOk = result.non2xx - (result.statusCodeStats?.["304"]?.count ?? 0);
  const errors = result.errors + nonOk;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(0);
  return `| ${name} | ${result.requests.total} | ${errors} (${result.errors - result.timeouts} / ${result.timeouts} / ${nonOk}) | ${result.requests.average.toFixed(0)} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} |`;
}
