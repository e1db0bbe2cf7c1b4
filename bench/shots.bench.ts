/**
 * The gallery's shots view at 10,000 takes in about 3,000 shots: for each kind of page (first, filtered,
 * deep cursor, prompt search), the view's work in-process (the shot page query, the per-shot counts and
 * posters, JSON) and over HTTP on a production build (`next start`): the server-rendered
 * `/gallery?view=shots`. Requests run one at a time, so these are latencies, not throughput.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb, type DbHandle } from "@/lib/db/client";
import { shots } from "@/lib/db/schema";
import { loadShotsPage, SHOTS_PAGE_SIZE } from "@/lib/shots/shot-summary";
import { decodeCursor, encodeCursor, parseGalleryFilters } from "@/lib/takes/filters";
import { seedTakes } from "@/test/support/seed-takes";
import { createBenchAccount, signInForBench } from "./session";
import { startStudioServer } from "./studio-server";
import { fetchSignedIn, p50p95, quantileOfSorted as quantile, timeRuns } from "./timing";

const TAKES = 10_000;
/** Takes per shot: 3 of every 10 takes start a shot, so groups of 4, 3 and 3 in turn. */
const SHOTS_PER_TEN_TAKES = 3;
const RUNS = Number(process.env.SHOTS_BENCH_RUNS ?? 60);
const WARM_UP = 5;
const timed = (work: () => Promise<unknown>) => timeRuns(work, RUNS, WARM_UP);
const PORT = Number(process.env.SHOTS_BENCH_PORT ?? 4130);
const TARGET_P95_MS = 150;

type Case = { name: string; search: string };
type Measured = Case & { work: number[]; page: number[] };

export default async function shotsBench(): Promise<{ title: string; markdown: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "shots-bench-"));
  try {
    const database = await createDb({ kind: "pglite", dataDir: path.join(dataDir, "db") });
    let cases: Case[];
    let shotCount: number;
    const work = new Map<string, number[]>();
    try {
      await seedTakes(database.db, { count: TAKES });
      shotCount = await groupIntoShots(database);
      // As the studio does when it opens the folder (lib/db/client.ts): PGlite has no autovacuum.
      await database.db.execute(sql`analyze`);
      await createBenchAccount(database.db);
      cases = await buildCases(database);
      for (const item of cases) work.set(item.name, await timed(() => viewWork(database, item.search)));
    } finally {
      await database.close();
    }

    const server = await startStudioServer({ port: PORT, env: { STUDIO_DATA_DIR: dataDir, DATABASE_URL: "" } });
    const measured: Measured[] = [];
    let takesView: number[];
    try {
      const cookie = await signInForBench(server.url);
      for (const item of cases) {
        const page = await timed(() => fetchSignedIn(`${server.url}/gallery?view=shots&${item.search}`, cookie));
        measured.push({ ...item, work: work.get(item.name) ?? [], page });
      }
      // The same server's takes view, first page: what any gallery render costs on this machine right now.
      takesView = await timed(() => fetchSignedIn(`${server.url}/gallery`, cookie));
    } finally {
      await server.stop();
    }
    return { title: "Shots view at 10,000 takes", markdown: report(measured, shotCount, takesView) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Regroups the seeded takes (each a shot of one) into shots of 3–4 consecutive takes, as batches and
 * remixes make them; the database removes the shots left empty. A third of the shots get a circled take,
 * and the takes a spread of review states.
 */
async function groupIntoShots(database: DbHandle): Promise<number> {
  const { db } = database;
  await db.execute(sql`
    with numbered as (
      select id, row_number() over (order by created_at desc, id desc) - 1 as n from takes
    ), grouped as (
      select id, first_value(id) over (partition by (n * ${SHOTS_PER_TEN_TAKES}) / 10 order by n) as shot from numbered
    )
    update takes set shot_id = grouped.shot from grouped where takes.id = grouped.id and takes.shot_id <> grouped.shot`);
  await db.execute(sql`
    update takes set review_state = case abs(hashtext(id)) % 4
      when 0 then 'approved' when 1 then 'changes_requested' else 'unreviewed' end`);
  await db.execute(sql`
    update shots set circled_take_id = shots.id, circled_by = 'ana', circled_at = shots.created_at
    where abs(hashtext(shots.id)) % 3 = 0`);
  const [row] = await db.select({ shots: sql<number>`count(*)::int` }).from(shots);
  return row?.shots ?? 0;
}

async function buildCases(database: DbHandle): Promise<Case[]> {
  // A cursor 2,500 shots deep: keyset pagination should make it cost what the first page costs.
  const [deep] = await database.db
    .select({ createdAt: shots.createdAt, id: shots.id })
    .from(shots)
    .orderBy(sql`${shots.createdAt} desc nulls last`, sql`${shots.id} desc nulls last`)
    .offset(2_500)
    .limit(1);
  return [
    { name: "first page", search: "" },
    { name: "filtered: ready · kling-v1 · 16:9", search: "status=ready&model=kling-v1&aspect=16%3A9" },
    { name: "filtered: review approved", search: "review=approved" },
    { name: "filtered: camera down_back (rare)", search: "camera=down_back" },
    { name: "deep cursor (shot 2,500)", search: `after=${encodeURIComponent(encodeCursor(deep))}` },
    { name: "search “glacier” (common word)", search: "q=glacier" },
    { name: "search “zebra” (no match: full scan)", search: "q=zebra" },
  ];
}

/** What the shots view does for a page, without the HTTP server around it. */
async function viewWork(database: DbHandle, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const page = await loadShotsPage(database.db, {
    filters: parseGalleryFilters(params),
    cursor: decodeCursor(params.get("after")),
  });
  return JSON.stringify(page);
}

function report(measured: Measured[], shotCount: number, takesView: number[]): string {
  return [
    `PGlite (in a folder, as the studio runs by default) with ${TAKES.toLocaleString("en")} seeded takes in`,
    `${shotCount.toLocaleString("en")} shots (3–4 takes each, a third with a circled take); ${SHOTS_PAGE_SIZE} shots a page;`,
    `${RUNS} sequential runs per cell after ${WARM_UP} warm-up runs; p50 / p95 in ms.`,
    "",
    "- **view work**: what the shots view does in-process: parse filters, the page of shots (a shot is listed when",
    "  one of its visible takes matches), their counts by review state and their posters, serialized as JSON.",
    "- **page (HTTP)**: `next start` on the production build, loopback, signed in as an admin: the full server",
    "  render of `/gallery?view=shots` (RSC + HTML, toggle, filter bar, a page of shot cards).",
    `- Target: p95 ≤ ${TARGET_P95_MS} ms for the view work and the page.`,
    "- **takes view, first page**: `/gallery` on the same server, timed right after: a reference for what a",
    "  gallery render costs on this machine at that moment (a loaded machine stretches both alike).",
    "",
    "| page | view work | page (HTTP) | target |",
    "| --- | ---: | ---: | --- |",
    ...measured.map(
      (item) =>
        `| ${item.name} | ${p50p95(item.work)} | ${p50p95(item.page)} | ${
          quantile(item.work, 0.95) <= TARGET_P95_MS && quantile(item.page, 0.95) <= TARGET_P95_MS ? "✓" : "✗"
        } |`,
    ),
    `| takes view, first page | – | ${p50p95(takesView)} | (reference) |`,
  ].join("\n");
}
