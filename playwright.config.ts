/**
 * The end-to-end tests: one configuration, one project per suite (e2e/studio-config.ts), each against a
 * studio of its own started from one production build. `npm run test:e2e` runs them all;
 * `npx playwright test --project=gallery` runs one suite (its setup project comes along);
 * `--project=phone --project=tablet` run the small-screen specs on a phone (390 × 844) and a tablet (820 × 1180).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";
import { deviceProjects, type StudioSuite, suiteProjects, suiteServer } from "./e2e/studio-config";

/** Quick sandbox and worker timings, for suites that wait on takes to finish. */
const QUICK = { SANDBOX_SUBMITTED_MS: "500", SANDBOX_PROCESSING_MS: "1500", STUDIO_WORKER_TICK_MS: "500" };

/** The suites' studios listen on E2E_PORT (3100 by default) and the ports after it, one each. */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);

const SUITES: StudioSuite[] = [
  { name: "main", testMatch: "**/*.spec.ts", accounts: true, studioEnv: QUICK },
  // Takes stay running long enough for several tabs to watch them.
  {
    name: "gallery",
    testMatch: "gallery*.spec.ts",
    accounts: true,
    seedTakes: 150,
    studioEnv: { ...QUICK, SANDBOX_SUBMITTED_MS: "1000", SANDBOX_PROCESSING_MS: "60000" },
  },
  { name: "auth", testMatch: "auth.spec.ts", accounts: false, studioEnv: QUICK },
  { name: "team", testMatch: "team-review.spec.ts", accounts: false, studioEnv: QUICK },
].map((suite, index) => ({ ...suite, port: BASE_PORT + index }));

/** What the phone and tablet projects run, on the main suite's studio; the desktop main suite leaves them out. */
const SMALL_SCREEN_SPECS = ["phone.spec.ts", "page-widths.spec.ts"];

// Specs that belong to a suite of their own stay out of the main suite.
SUITES[0].testIgnore = [...SUITES.slice(1).flatMap((suite) => suite.testMatch), ...SMALL_SCREEN_SPECS];
const external = process.env.E2E_BASE_URL;
// The build has fake Kling credentials in its environment, so e2e/secrets.spec.ts can prove none leaks.
const build = process.env.E2E_SKIP_BUILD ? undefined : "tsx e2e/build.ts";

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(tmpdir(), `kling-e2e-results-${BASE_PORT}`),
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: external
    ? [...suiteProjects(SUITES[0], external), ...deviceProjects(SUITES[0], external, SMALL_SCREEN_SPECS)]
    : [
        ...SUITES.flatMap((suite) => suiteProjects(suite, `http://127.0.0.1:${suite.port}`)),
        ...deviceProjects(SUITES[0], `http://127.0.0.1:${SUITES[0].port}`, SMALL_SCREEN_SPECS),
      ],
  webServer: external ? undefined : SUITES.map((suite, index) => suiteServer(suite, index === 0 ? build : undefined)),
});
