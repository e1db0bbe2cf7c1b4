/**
 * Load on the two endpoints every open tab hits: the batched status API and the gallery page, over a
 * seeded database of 10,000 takes. 50 concurrent clients for 60 s each, loopback only, bounded.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb } from "@/lib/db/client";
import { createSeedMediaSource, seedGenerations } from "@/lib/db/seed-generations";
import { startStudioServer } from "./studio-server";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 60);
const PORT = 3190;

export default async function loadBench(): Promise<{ title: string; markdown: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "load-bench-"));
  try {
    const ids = await seed(dataDir);
    const server = await startStudioServer({ port: PORT, env: { STUDIO_DATA_DIR: dataDir } });
    try {
      const statusPath = `/api/generations/status?ids=${ids.slice(0, 20).join(",")}`;
      const rows = [
        row("status API (20 takes per request)", await hit(`${server.url}${statusPath}`)),
        row("gallery page (server render, first page)", await hit(`${server.url}/gallery`)),
      ];
      return {
        title: "Load: status API and gallery under 50 concurrent clients",
        markdown: [
          `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, production build (\`next start\`),`,
          "PGlite with 10,000 seeded takes, client and server on this machine (they share its 2 cores).",
          "",
          "| endpoint | requests | errors / non-2xx | throughput (req/s) | p50 ms | p95 ms | p99 ms |",
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

async function seed(dataDir: string): Promise<string[]> {
  const source = await createSeedMediaSource(path.join(dataDir, "seed-source"));
  const database = await createDb({ kind: "pglite", dataDir: path.join(dataDir, "db") });
  try {
    return await seedGenerations(database.db, { count: 10_000, media: { root: path.join(dataDir, "media"), ...source } });
  } finally {
    await database.close();
  }
}

type Measured = { result: autocannon.Result; latencies: number[] };

/** Runs autocannon and keeps every response time, so percentiles are exact rather than bucketed. */
function hit(url: string): Promise<Measured> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve({ result, latencies }),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function row(name: string, { result, latencies }: Measured): string {
  const errors = result.errors + result.timeouts + result.non2xx;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(0);
  return `| ${name} | ${result.requests.total} | ${errors} | ${result.requests.average.toFixed(0)} | ${at(0.5)} | ${at(0.95)} | ${at(0.99)} |`;
}
