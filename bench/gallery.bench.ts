/**
 * The gallery at 10,000 takes: for each kind of page (first, filtered, deep cursor, prompt search), the
 * raw SQL of the list query, the list route's work in-process (query, views, time-left estimates, JSON),
 * and over HTTP on a production build (`next start`): the list API and the server-rendered page.
 * Requests run one at a time, so these are latencies, not throughput (bench/load.bench.ts does that).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isNull, sql, type SQL } from "drizzle-orm";
import { createDb, type DbHandle } from "@/lib/db/client";
import { generations } from "@/lib/db/schema";
import { seedGenerations } from "@/lib/db/seed-generations";
import { decodeCursor, encodeCursor, parseGalleryFilters } from "@/lib/generations/filters";
import { GALLERY_PAGE_SIZE, loadGalleryPage } from "@/lib/generations/gallery-data";
import { createBenchAccount, signInForBench } from "./session";
import { startStudioServer } from "./studio-server";

const TAKES = 10_000;
const RUNS = Number(process.env.GALLERY_BENCH_RUNS ?? 60);
const WARM_UP = 5;
const PORT = Number(process.env.GALLERY_BENCH_PORT ?? 4110);
const TARGET_P95_MS = 150;
const TARGET_RATIO = 3;
const FIRST_PAGE = "first page";

type Case = { name: string; search: string; where: SQL };

export default async function galleryBench(): Promise<{ title: string; markdown: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "gallery-bench-"));
  try {
    const database = await createDb({ kind: "pglite", dataDir: path.join(dataDir, "db") });
    let cases: Case[];
    const inProcess = new Map<string, { raw: number[]; route: number[] }>();
    try {
      const seeded = performance.now();
      await seedGenerations(database.db, { count: TAKES });
      console.log(`  seeded ${TAKES} takes in ${Math.round(performance.now() - seeded)} ms`);
      // As the studio does when it opens the folder (lib/db/client.ts): PGlite has no autovacuum.
      await database.db.execute(sql`analyze`);
      await createBenchAccount(database.db);
      cases = await buildCases(database);
      for (const item of cases) {
        inProcess.set(item.name, {
          raw: await time(() => database.db.execute(listSql(item.where))),
          route: await time(() => routeWork(database, item.search)),
        });
      }
    } finally {
      await database.close();
    }

    const server = await startStudioServer({ port: PORT, env: { STUDIO_DATA_DIR: dataDir, DATABASE_URL: "" } });
    const rows: string[] = [];
    try {
      const cookie = await signInForBench(server.url);
      for (const item of cases) {
        const api = await time(() => fetchText(`${server.url}/api/generations${item.search ? `?${item.search}` : ""}`, cookie));
        // The page takes filters only (a cursor is the list API's): a cursor case has no page of its own.
        const page = item.search.startsWith("cursor=")
          ? undefined
          : await time(() => fetchText(`${server.url}/gallery${item.search ? `?${item.search}` : ""}`, cookie));
        const measured = inProcess.get(item.name);
        if (measured) rows.push(row({ name: item.name, ...measured, api, page }));
      }
    } finally {
      await server.stop();
    }
    return {
      title: "Gallery at 10,000 takes",
      markdown: [
        `PGlite (in a folder, as the studio runs by default) with ${TAKES.toLocaleString("en")} seeded takes; ${GALLERY_PAGE_SIZE} takes`,
        `a page; ${RUNS} sequential runs per cell after ${WARM_UP} warm-up runs; p50 / p95 in ms.`,
        "",
        "- **raw SQL**: the list query's statement through the driver (rows not mapped).",
        "- **route work**: what `GET /api/generations` does, in-process: parse filters, query, map to views, attach",
        "  time-left estimates, serialize JSON.",
        "- **API (HTTP)** and **page (HTTP)**: `next start` on the production build, loopback; the page is the full",
        "  server render of `/gallery` (RSC + HTML, filter bar, creators list, first page of cards).",
        `- Targets: p95 ≤ ${TARGET_P95_MS} ms for the route and the page; the route ≤ ${TARGET_RATIO}× the raw query (p95 ratio), and`,
        `  so is the first page's full server render. Other pages' render ratios are shown, not targeted: their queries take`,
        "  a few ms, so the render's fixed cost (HTTP, React, the filter bar) dominates the ratio.",
        "- Signed in: every HTTP request carries an admin's session cookie (bench/session.ts).",
        "",
        "| page | raw SQL | route work | route / raw (p95) | API (HTTP) | page (HTTP) | page / raw (p95) | targets |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ...rows,
        "",
        "**Planner statistics.** PGlite runs no autovacuum; the studio runs `ANALYZE` when it opens its folder",
        "(lib/db/client.ts), and the in-process measurements above do the same after seeding. Without statistics the",
        "planner believes the table holds a handful of rows and reads and sorts every visible take for the first page.",
      ].join("\n"),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function buildCases(database: DbHandle): Promise<Case[]> {
  // A cursor 9,000 takes deep: keyset pagination should make it cost what the first page costs.
  const [cursor] = await database.db
    .select({ createdAt: generations.createdAt, id: generations.id })
    .from(generations)
    .where(isNull(generations.deletedAt))
    .orderBy(sql`${generations.createdAt} desc nulls last`, sql`${generations.id} desc nulls last`)
    .offset(9_000)
    .limit(1);
  const cursorText = encodeCursor(cursor);
  return [
    { name: FIRST_PAGE, search: "", where: sql`true` },
    {
      name: "filtered: ready · kling-v1 · 16:9",
      search: "status=ready&model=kling-v1&aspect=16%3A9",
      where: sql`status in ('ready') and model_name = 'kling-v1' and aspect_ratio = '16:9'`,
    },
    { name: "filtered: camera down_back (rare)", search: "camera=down_back", where: sql`camera_type = 'down_back'` },
    {
      name: "deep cursor (take 9,000)",
      search: `cursor=${encodeURIComponent(cursorText)}`,
      where: sql`(created_at, id) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`,
    },
    { name: "search “glacier” (common word)", search: "q=glacier", where: sql`prompt ilike '%glacier%'` },
    { name: "search “zebra” (no match: full scan)", search: "q=zebra", where: sql`prompt ilike '%zebra%'` },
  ];
}

/** The statement listGenerations sends, spelled out: same columns, predicates, order and limit. */
function listSql(where: SQL): SQL {
  return sql`select * from generations where deleted_at is null and ${where}
    order by created_at desc nulls last, id desc nulls last limit ${GALLERY_PAGE_SIZE + 1}`;
}

/** GET /api/generations without the HTTP server around it. */
async function routeWork(database: DbHandle, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const page = await loadGalleryPage(database.db, {
    filters: parseGalleryFilters(params),
    cursor: decodeCursor(params.get("cursor")),
  });
  return Response.json(page).text();
}

async function fetchText(url: string, cookie: string): Promise<string> {
  // `manual`: a redirect (to sign-in) would otherwise be followed and timed as if it were the page.
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  for (let run = 0; run < WARM_UP; run++) await work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function row(input: { name: string; raw: number[]; route: number[]; api: number[]; page?: number[] }): string {
  const cell = (times?: number[]) => (times ? `${quantile(times, 0.5).toFixed(1)} / ${quantile(times, 0.95).toFixed(1)}` : "–");
  const ratio = quantile(input.route, 0.95) / quantile(input.raw, 0.95);
  const pageRatio = input.page ? quantile(input.page, 0.95) / quantile(input.raw, 0.95) : undefined;
  const firstPage = input.name === FIRST_PAGE;
  const met =
    quantile(input.route, 0.95) <= TARGET_P95_MS &&
    ratio <= TARGET_RATIO &&
    (!input.page || quantile(input.page, 0.95) <= TARGET_P95_MS) &&
    (!firstPage || (pageRatio !== undefined && pageRatio <= TARGET_RATIO));
  const pageRatioCell = pageRatio === undefined ? "–" : `${pageRatio.toFixed(2)}×${firstPage ? "" : " (not targeted)"}`;
  return `| ${input.name} | ${cell(input.raw)} | ${cell(input.route)} | ${ratio.toFixed(2)}× | ${cell(input.api)} | ${cell(input.page)} | ${pageRatioCell} | ${met ? "✓" : "✗"} |`;
}
