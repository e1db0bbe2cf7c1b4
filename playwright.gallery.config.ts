/**
 * The gallery's end-to-end tests run against a studio whose data folder was filled with finished takes
 * before it started (PGlite allows one process, so seeding cannot happen beside the running server).
 * `npm run test:e2e` runs this after playwright.config.ts; E2E_SKIP_BUILD=1 reuses that run's build.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";

const PORT = Number(process.env.E2E_GALLERY_PORT ?? 3101);
// E2E_BASE_URL points the tests at a running studio instead (seed its data folder with e2e/gallery/seed.ts first).
const EXTERNAL_URL = process.env.E2E_BASE_URL;
// Outside test-results, which Playwright empties when a run starts.
process.env.E2E_GALLERY_DATA_DIR ??= path.join(tmpdir(), `kling-gallery-e2e-${Date.now()}`);
// The gallery specs skip themselves under the main config, whose studio starts empty.
process.env.GALLERY_E2E = "1";
const SEEDED_TAKES = 150;

export default defineConfig({
  testDir: "e2e",
  testMatch: "gallery*.spec.ts",
  // Its own results folder: another run of the main config empties test-results/ when it starts.
  outputDir: path.join(tmpdir(), "kling-gallery-e2e-results"),
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: EXTERNAL_URL ?? `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: EXTERNAL_URL
    ? undefined
    : {
        command: [
          process.env.E2E_SKIP_BUILD ? undefined : "npm run build",
          `npx tsx --conditions=react-server e2e/gallery/seed.ts ${process.env.E2E_GALLERY_DATA_DIR} ${SEEDED_TAKES}`,
          `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
        ]
          .filter(Boolean)
          .join(" && "),
        url: `http://127.0.0.1:${PORT}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(PORT),
          STUDIO_DATA_DIR: process.env.E2E_GALLERY_DATA_DIR,
          // PGlite in the seeded folder, whatever the shell says.
          DATABASE_URL: "",
          // Long enough that takes stay running while several tabs watch them.
          SANDBOX_SUBMITTED_MS: "1000",
          SANDBOX_PROCESSING_MS: "60000",
          STUDIO_WORKER_TICK_MS: "500",
        },
      },
});
