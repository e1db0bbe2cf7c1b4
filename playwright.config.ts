import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the tests at a studio that is already running (e.g. `npm run dev`) instead.
const EXTERNAL_URL = process.env.E2E_BASE_URL;
// A fresh data folder per run: the studio under test starts with an empty database.
process.env.E2E_DATA_DIR ??= path.resolve("test-results", `e2e-data-${Date.now()}`);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
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
    // Production mode: the same build a deployment runs.
    // Built with fake Kling credentials in the environment, so e2e/secrets.spec.ts can prove none leaks.
        command: "tsx e2e/build.ts && tsx --conditions=react-server e2e/serve.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      STUDIO_DATA_DIR: process.env.E2E_DATA_DIR,
      SANDBOX_SUBMITTED_MS: "500",
      SANDBOX_PROCESSING_MS: "1500",
      STUDIO_WORKER_TICK_MS: "500",
    },
  },
});
