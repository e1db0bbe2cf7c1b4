/**
 * The end-to-end tests: one configuration, one project per suite (e2e/studio-config.ts), each against a
 * studio of its own started from one production build. `npm run test:e2e` runs them all;
 * `npx playwright test --project=gallery` runs one suite (its setup project comes along).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";
import { type StudioSuite, suiteProjects, suiteServer } from "./e2e/studio-config";

/** Quick sandbox and worker timings, for suites that wait on takes to finish. */
const QUICK = { SANDBOX_SUBMITTED_MS: "500", SANDBOX_PROCESSING_MS: "1500", STUDIO_WORKER_TICK_MS: "500" };

const SUITES: StudioSuite[] = [
  {
    name: "main",
    port: Number(process.env.E2E_PORT ?? 3100),
    testMatch: "**/*.spec.ts",
    accounts: true,
    studioEnv: QUICK,
  },
  {
    name: "gallery",
    port: Number(process.env.E2E_GALLERY_PORT ?? 3101),
    testMatch: "gallery*.spec.ts",
    accounts: true,
    seedTakes: 150,
    // Long enough that takes stay running while several tabs watch them.
    studioEnv: { SANDBOX_SUBMITTED_MS: "1000", SANDBOX_PROCESSING_MS: "60000", STUDIO_WORKER_TICK_MS: "500" },
  },
  {
    name: "auth",
    port: Number(process.env.E2E_AUTH_PORT ?? 3102),
    testMatch: "auth.spec.ts",
    accounts: false,
    studioEnv: QUICK,
  },
  {
    name: "team",
    port: Number(process.env.E2E_TEAM_PORT ?? 3103),
    testMatch: "team-review.spec.ts",
    accounts: false,
    studioEnv: QUICK,
  },
];

// Specs that belong to a suite of their own stay out of the main suite.
SUITES[0].testIgnore = SUITES.slice(1).flatMap((suite) => suite.testMatch);
const external = process.env.E2E_BASE_URL;
// The build has fake Kling credentials in its environment, so e2e/secrets.spec.ts can prove none leaks.
const build = process.env.E2E_SKIP_BUILD ? undefined : "tsx e2e/build.ts";

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(tmpdir(), "kling-e2e-results"),
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
    ? suiteProjects(SUITES[0], external)
    : SUITES.flatMap((suite) => suiteProjects(suite, `http://127.0.0.1:${suite.port}`)),
  webServer: external ? undefined : SUITES.map((suite, index) => suiteServer(suite, index === 0 ? build : undefined)),
});
