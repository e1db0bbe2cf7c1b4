/**
 * The accounts end-to-end test (e2e/auth.spec.ts) runs against a studio of its own: it starts with no
 * account at all, so first-run setup can be tested, whatever other specs do to their studio.
 * `npx playwright test -c playwright.auth.config.ts`; E2E_SKIP_BUILD=1 reuses an existing build.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/browser";

const PORT = Number(process.env.E2E_AUTH_PORT ?? 3102);
// E2E_BASE_URL points the test at a running studio instead; it must have no account yet.
const EXTERNAL_URL = process.env.E2E_BASE_URL;
// Outside test-results, which Playwright empties when a run starts.
process.env.E2E_AUTH_DATA_DIR ??= path.join(tmpdir(), `kling-auth-e2e-${Date.now()}`);
// The spec skips itself under the main config, whose studio is shared with other specs.
process.env.AUTH_E2E = "1";

export default defineConfig({
  testDir: "e2e",
  testMatch: "auth.spec.ts",
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
        // e2e/serve.ts makes a fresh Postgres database when DATABASE_URL is set; else PGlite in the data folder.
        command: [process.env.E2E_SKIP_BUILD ? undefined : "npm run build", "npx tsx --conditions=react-server e2e/serve.ts"]
          .filter(Boolean)
          .join(" && "),
        url: `http://127.0.0.1:${PORT}/api/health`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(PORT),
          STUDIO_DATA_DIR: process.env.E2E_AUTH_DATA_DIR,
          STUDIO_WORKER_TICK_MS: "500",
        },
      },
});
