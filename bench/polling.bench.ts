import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "@/e2e/browser";
import { createKlingClient } from "@/lib/kling/client";
import { SANDBOX_DEFAULT_AUTH } from "@/lib/sandbox/service";
// A visible tab's round: the server holds an unchanged answer, then the tab waits a moment before asking again.
import { STATUS_POLL_MS } from "@/lib/takes/poll-timing";
import type { TakeStatusBody } from "@/lib/takes/view";
import { startCountingProxy } from "@/test/support/counting-proxy";
import { createSeedMediaSource } from "@/test/support/seed-takes";
import {
  allowedPolls,
  ms,
  quantile,
  STATUS_PATH,
  seedQueued,
  startSandbox,
  startStudio,
  waitForTakes,
  watchStatus,
} from "./polling-kit";
import { addSessionToContext, signInForBench } from "./session";

const JOBS = 50;
const TABS = 3;
const WINDOW_MS = Number(process.env.POLLING_BENCH_WINDOW_MS ?? 120_000);
const FRESH_TAKES = 20;
const FRESH_TIMINGS = { submittedMs: 1_000, processingMs: 6_000 };

export default async function pollingBench(): Promise<{ title: string; markdown: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "polling-bench-"));
  try {
    const source = await createSeedMediaSource(path.join(root, "seed-source"));
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const cost = await measureCost({ root, video: source.video, browser });
      const plain = await measureFreshness({ root, video: source.video, browser, callbacks: false });
      const called = await measureFreshness({ root, video: source.video, browser, callbacks: true });
      return { title: "Polling: cost and freshness", markdown: report({ cost, plain, called }) };
    } finally {
      await browser.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
type Cost = Awaited<ReturnType<typeof measureCost>>;
type Freshness = Awaited<ReturnType<typeof measureFreshness>>;

async function measureCost(input: { root: string; video: string; browser: Browser }) {
  const dir = path.join(input.root, "cost");
  const ids = await seedQueued({ dir, count: JOBS, prompt: "Watched take" });
  const sandbox = await startSandbox({
    dir,
    video: input.video,
    timings: { submittedMs: 1_000, processingMs: 30 * 60_000 },
  });
  const proxy = await startCountingProxy(sandbox.url);
  const studio = await startStudio({ dir, proxyUrl: proxy.url, maxConcurrent: 100 });
  const context = await input.browser.newContext();
  try {
    const cookie = await signInForBench(studio.url);
    await addSessionToContext(context, studio.url, cookie);
    const running = await waitForTakes(studio.url, cookie, ids, (take) => take.status === "processing");
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const counters = tabs.map(watchStatus);
    for (const tab of tabs) await tab.goto(`${studio.url}/gallery`);
    const shown = await tabs[0].getByRole("article").count();
    await tabs[0].waitForTimeout(2_000);

    const from = Date.now();
    proxy.reset();
    await tabs[0].waitForTimeout(WINDOW_MS);
    const to = Date.now();

    const perTab = counters.map((counter) => counter.between(from, to));
    const allowed = running.map((take) => allowedPolls(Date.parse(take.submittedAt ?? take.createdAt), from, to));
    const actual = running.map((take) => proxy.lookups(take.upstreamTaskId ?? ""));
    return {
      shown,
      windowMs: to - from,
      requests: perTab.map((entries) => entries.length),
      notModified: perTab.flat().filter((entry) => entry.status === 304).length,
      idsPerRequest: Math.min(...perTab.flat().map((entry) => entry.ids)),
      upstream: actual.reduce((sum, count) => sum + count, 0),
      allowed: allowed.reduce((sum, count) => sum + count, 0),
      overSchedule: actual.filter((count, index) => count > allowed[index]).length,
      perTakeMax: Math.max(...actual),
      otherUpstream: proxy.total() - actual.reduce((sum, count) => sum + count, 0),
    };
  } finally {
    await context.close();
    await studio.stop();
    await proxy.close();
    await sandbox.close();
  }
}

async function measureFreshness(input: { root: string; video: string; browser: Browser; callbacks: boolean }) {
  const dir = path.join(input.root, input.callbacks ? "fresh-callbacks" : "fresh-polling");
  const ids = await seedQueued({ dir, count: FRESH_TAKES, prompt: "Fresh take" });
  const sandbox = await startSandbox({ dir, video: input.video, timings: FRESH_TIMINGS });
  const proxy = await startCountingProxy(sandbox.url);
  // Five at a time, as the default account allows: the takes finish in waves, not all at once.
  const studio = await startStudio({ dir, proxyUrl: proxy.url, maxConcurrent: 5, callbacks: input.callbacks });
  const context = await input.browser.newContext();
  try {
    const cookie = await signInForBench(studio.url);
    await addSessionToContext(context, studio.url, cookie);
    const tab = await context.newPage();
    const playableAt = new Map<string, number>();
    tab.on("response", (response) => {
      if (new URL(response.url()).pathname !== STATUS_PATH || response.status() !== 200) return;
      const seenAt = Date.now();
      void response.json().then((body: TakeStatusBody) => {
        for (const take of body.items)
          if (take.status === "ready" && take.videoUrl && !playableAt.has(take.id)) playableAt.set(take.id, seenAt);
      });
    });
    await tab.goto(`${studio.url}/gallery`);
    const done = await waitForTakes(
      studio.url,
      cookie,
      ids,
      (take) => take.status === "ready" || take.status === "failed",
      180_000,
    );
    await tab.waitForTimeout(3 * STATUS_POLL_MS);
    const kling = createKlingClient({
      baseUrl: sandbox.url,
      auth: { kind: "jwt", ...SANDBOX_DEFAULT_AUTH },
      timeoutMs: 10_000,
    });
    const rows: { detect: number; save: number; show: number; total: number }[] = [];
    for (const take of done) {
      const seen = playableAt.get(take.id);
      if (take.status !== "ready" || !seen || !take.upstreamTaskId || !take.upstreamFinishedAt || !take.finishedAt)
        continue;
      const task = await kling.getTask(take.upstreamTaskId);
      const succeededAt = task.createdAt + FRESH_TIMINGS.submittedMs + FRESH_TIMINGS.processingMs;
      const detectedAt = Date.parse(take.upstreamFinishedAt);
      const savedAt = Date.parse(take.finishedAt);
      rows.push({
        detect: detectedAt - succeededAt,
        save: savedAt - detectedAt,
        show: seen - savedAt,
        total: seen - succeededAt,
      });
    }
    return { callbacks: input.callbacks, measured: rows.length, of: ids.length, rows };
  } finally {
    await context.close();
    await studio.stop();
    await proxy.close();
    await sandbox.close();
  }
}

function report(input: { cost: Cost; plain: Freshness; called: Freshness }): string {
  const { cost } = input;
  const intervals = cost.windowMs / STATUS_POLL_MS;
  const naive = Math.round(TABS * cost.shown * intervals);
  const tabRequests = cost.requests.reduce((sum, count) => sum + count, 0);
  const fresh = (result: Freshness) => {
    const q = (key: "detect" | "save" | "show" | "total", at: number) =>
      quantile(
        result.rows.map((row) => row[key]),
        at,
      );
    const target = (result.callbacks ? 2_000 : STATUS_POLL_MS) + q("save", 0.95);
    return (
      `| ${result.callbacks ? "with callbacks" : "polling only"} | ${result.measured} / ${result.of} | ${ms(q("detect", 0.5))} / ${ms(q("detect", 0.95))} | ` +
      `${ms(q("save", 0.5))} / ${ms(q("save", 0.95))} | ${ms(q("show", 0.5))} / ${ms(q("show", 0.95))} | ` +
      `${ms(q("total", 0.5))} / ${ms(q("total", 0.95))} | ≤ ${ms(target)} ${q("total", 0.95) <= target ? "✓" : "✗"} |`
    );
  };
  return [
    `**Cost.** ${JOBS} running takes (sandbox processing 30 min, all submitted), ${TABS} Chromium tabs on \`/gallery\``,
    `(${cost.shown} takes shown per tab: one page), a ${(cost.windowMs / 1000).toFixed(0)} s window at the real intervals`,
    `(a visible tab's round: ${STATUS_POLL_MS / 1000} s, an answer held while unchanged plus a short gap; worker schedule from`,
    "`lib/worker/schedule.ts`). Upstream requests are",
    "counted at a proxy in front of the sandbox.",
    "",
    "| measure | value | target |",
    "| --- | ---: | --- |",
    `| browser status requests per tab | ${cost.requests.join(", ")} | ≈ window / interval = ${intervals.toFixed(0)} ${cost.requests.every((count) => count <= intervals + 1) ? "✓" : "✗"} |`,
    `| browser status requests, all tabs | ${tabRequests} | tabs × intervals = ${Math.round(TABS * intervals)} (per-take polling would be ${naive}) |`,
    `| takes per status request (min) | ${cost.idsPerRequest} | all shown |`,
    `| answered 304 Not Modified | ${cost.notModified} of ${tabRequests} | most |`,
    `| upstream task lookups, all takes | ${cost.upstream} | ≤ schedule allows: ${cost.allowed} ${cost.upstream <= cost.allowed ? "✓" : "✗"} |`,
    `| takes looked up more often than their schedule | ${cost.overSchedule} | 0 ${cost.overSchedule === 0 ? "✓" : "✗"} |`,
    `| most lookups of one take | ${cost.perTakeMax} | |`,
    `| other upstream requests in the window | ${cost.otherUpstream} | 0 (tabs never reach Kling) |`,
    "",
    `**Freshness.** ${FRESH_TAKES} takes (sandbox: ${FRESH_TIMINGS.submittedMs / 1000} s submitted + ${FRESH_TIMINGS.processingMs / 1000} s processing, 5 at a time),`,
    'one tab on `/gallery`. "Succeed" is the moment the sandbox\'s task turns `succeed`; "worker saw" is when the take',
    'recorded it; "saved" is when the video was in our storage (the download); "in the tab" is when the tab\'s status',
    "answer carried the playable take. p50 / p95 in ms. The worker wakes when a take falls due (its tick, 1 s, is only",
    "its longest sleep); young tasks are polled every 2 s, so the target is that interval plus the download's p95.",
    "",
    "| run | takes | succeed → worker saw | download + poster | saved → in the tab | succeed → playable in the tab | target (p95) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    fresh(input.plain),
    fresh(input.called),
  ].join("\n");
}
