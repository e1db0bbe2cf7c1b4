/**
 * The studio's live camera preview in headless Chromium (software rendering, as in CI): per-frame draw
 * time, rasterizing included, for a preset move and a rolling move (the horizon turns, the costliest
 * case), against a 4 ms median target; and the first-load JavaScript of the studio page.
 *
 * It runs `next start` on the existing production build in `.next` (run `npm run build` first); only
 * when there is no build does it run `next build` itself, bounded to 10 minutes. The server gets a
 * throw-away data folder with an admin account in it and a free port, and is stopped at the end; the
 * browser signs in first, as the studio page is for signed-in people.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { addSessionToContext, createBenchAccount, signInForBench } from "./session";
import { quantileOfSorted as quantile } from "./timing";

const TARGET_MEDIAN_MS = 4;
/** Frames measured per case, after a warm-up second. */
const FRAMES = 360;
const BUILD_TIMEOUT_MS = 10 * 60_000;
const START_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 900 };

const CASES: { name: string; setUp: (page: Page) => Promise<void> }[] = [
  {
    name: "right_turn_forward (preset)",
    setUp: (page) =>
      page
        .getByLabel("Camera movement")
        .selectOption("right_turn_forward")
        .then(() => undefined),
  },
  {
    name: "simple, roll +8",
    setUp: async (page) => {
      await page.getByLabel("Camera movement").selectOption("simple");
      await page.getByLabel("Roll value").fill("8");
    },
  },
];

type PreviewStatsSnapshot = { samples: number[]; count: number; capacity: number };

export default async function previewBench(): Promise<{ title: string; markdown: string }> {
  ensureBuild();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "preview-bench-"));
  await seedAccount(dataDir);
  const port = await freePort();
  const server = startServer({ port, dataDir });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForHealth(`${origin}/api/health`, server);
    const cookie = await signInForBench(origin);
    const signedIn = async () => {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await addSessionToContext(context, origin, cookie);
      return context;
    };
    const js = await measureFirstLoadJs(await signedIn(), origin);
    const rows: string[] = [];
    let canvasSize = "";
    for (const benchCase of CASES) {
      const context = await signedIn();
      const page = await context.newPage();
      await page.goto(`${origin}/?previewStats=1`);
      await waitForHydration(page);
      await benchCase.setUp(page);
      await page.waitForTimeout(1000);
      await page.evaluate(() => {
        const stats = window.__previewStats;
        if (stats) {
          stats.samples = [];
          stats.count = 0;
        }
      });
      const stats = await collectFrames(page);
      canvasSize = await page
        .getByRole("img", { name: /^Camera preview:/ })
        .evaluate((canvas: HTMLCanvasElement) => `${canvas.width}×${canvas.height}`);
      await context.close();
      const times = stats.samples.slice(0, Math.min(stats.count, stats.capacity)).sort((a, b) => a - b);
      const median = quantile(times, 0.5);
      rows.push(
        `| ${benchCase.name} | ${times.length} | ${median.toFixed(2)} | ${quantile(times, 0.95).toFixed(2)} | ` +
          `${times[times.length - 1].toFixed(2)} | ≤ ${TARGET_MEDIAN_MS} ${median <= TARGET_MEDIAN_MS ? "✓" : "✗"} |`,
      );
    }
    const load = os.loadavg()[0].toFixed(1);
    const markdown = [
      `Draw time per preview frame (\`drawPreviewFrame\` plus a one-pixel read that forces rasterizing), canvas`,
      `${canvasSize} at a ${VIEWPORT.width}×${VIEWPORT.height} viewport, headless Chromium with \`--disable-gpu\`,`,
      `production build. Load average during the run: ${load} (the machine may be shared; medians are robust to it,`,
      `maxima are not).`,
      "",
      "| move | frames | median ms | p95 ms | max ms | target (median) |",
      "| --- | ---: | ---: | ---: | ---: | --- |",
      ...rows,
      "",
      `First-load JavaScript of the studio page (\`/\`): ${js.files} scripts, ${kib(js.raw)} raw, ` +
        `${kib(js.gzip)} gzip (level 9, computed here), ${kib(js.transferred)} as transferred by \`next start\`.`,
    ].join("\n");
    return { title: "Studio camera preview", markdown };
  } finally {
    await browser.close();
    stopServer(server);
    await rm(dataDir, { recursive: true, force: true });
  }
}

function ensureBuild() {
  if (existsSync(path.resolve(".next", "BUILD_ID"))) return;
  console.log("bench: no production build in .next; running next build (bounded)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.status !== 0) throw new Error(`next build failed (status ${result.status ?? result.signal})`);
}

/** The admin account, in the data folder's database before the studio opens it (PGlite allows one process). */
async function seedAccount(dataDir: string) {
  const database = await createDb({ kind: "pglite", dataDir: path.join(dataDir, "db") });
  try {
    await createBenchAccount(database.db);
  } finally {
    await database.close();
  }
}

function startServer(options: { port: number; dataDir: string }): ChildProcess {
  return spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      env: { ...process.env, PORT: String(options.port), STUDIO_DATA_DIR: options.dataDir, DATABASE_URL: "" },
      stdio: ["ignore", "ignore", "inherit"],
      // Its own process group, so stopping it stops the workers it starts too.
      detached: true,
    },
  );
}

function stopServer(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    server.kill("SIGTERM");
  }
}

async function waitForHealth(url: string, server: ChildProcess) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the studio did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

/** Every script the browser downloads for a cold load of `/`, summed. */
async function measureFirstLoadJs(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  const pending: Promise<{ raw: number; gzip: number; transferred: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, transferred: sizes.responseBodySize };
      })(),
    );
  });
  await page.goto(`${origin}/`, { waitUntil: "networkidle" });
  const files = await Promise.all(pending);
  await context.close();
  return {
    files: files.length,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    transferred: files.reduce((sum, file) => sum + file.transferred, 0),
  };
}

/** The preview sizes its canvas (from the default 300 × 150) only once React has hydrated the page. */
async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas[role='img']");
    return canvas !== null && (canvas.width !== 300 || canvas.height !== 150);
  });
}

async function collectFrames(page: Page): Promise<PreviewStatsSnapshot> {
  await page.waitForFunction((frames) => (window.__previewStats?.count ?? 0) >= frames, FRAMES, { timeout: 60_000 });
  const stats = await page.evaluate(() => window.__previewStats);
  if (!stats) throw new Error("the preview recorded no frames (is ?previewStats=1 honoured?)");
  return stats;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
