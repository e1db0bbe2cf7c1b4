/**
 * The one Playwright configuration the three end-to-end suites share. Each suite runs against a studio
 * of its own (port, data folder, database), started by e2e/serve.ts from one production build:
 * - main (playwright.config.ts): starts with the e2e accounts and no takes; builds with fake credentials;
 * - gallery (playwright.gallery.config.ts): the accounts and many finished takes;
 * - auth (playwright.auth.config.ts): no account at all, so first-run setup can be tested.
 * E2E_SKIP_BUILD=1 reuses an existing build; E2E_BASE_URL points the specs at a studio already running.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./browser";

export type StudioSuite = {
  name: string;
  port: number;
  testMatch: string | string[];
  /** Create the e2e accounts and sign each in before the specs (a "setup" project). */
  accounts: boolean;
  seedTakes?: number;
  /** The build to run: e2e/build.ts bakes fake credentials in, for the leak check. */
  build: "fake-credentials" | "plain";
  /** Sandbox and worker timings for this suite's studio. */
  studioEnv: Record<string, string>;
};

export function studioConfig(suite: StudioSuite): PlaywrightTestConfig {
  const external = process.env.E2E_BASE_URL;
  const stamp = `${suite.name}-${suite.port}-${process.pid}`;
  // Outside test-results, which Playwright empties when a run starts. Set once: workers inherit them.
  const dataKey = `E2E_${suite.name.toUpperCase()}_DATA_DIR`;
  process.env[dataKey] ??= path.join(tmpdir(), `kling-e2e-${stamp}-data`);
  const dataDir = process.env[dataKey];
  process.env.E2E_STATE_DIR ??= path.join(tmpdir(), `kling-e2e-${stamp}-state`);
  process.env.E2E_SUITE = suite.name;
  const build = process.env.E2E_SKIP_BUILD
    ? undefined
    : suite.build === "fake-credentials"
      ? "tsx e2e/build.ts"
      : "npm run build";
  const browser = { ...devices["Desktop Chrome"], channel: undefined };

  return defineConfig({
    testDir: "e2e",
    testMatch: suite.testMatch,
    outputDir: path.join(tmpdir(), `kling-e2e-${suite.name}-${suite.port}-results`),
    timeout: 120_000,
    expect: { timeout: 15_000 },
    fullyParallel: false,
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    reporter: [["list"]],
    use: {
      baseURL: external ?? `http://127.0.0.1:${suite.port}`,
      trace: "retain-on-failure",
      launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    },
    projects: suite.accounts
      ? [
          { name: "setup", testMatch: "sign-in.setup.ts", use: browser },
          {
            name: "chromium",
            dependencies: ["setup"],
            use: { ...browser, storageState: path.join(process.env.E2E_STATE_DIR, "admin.json") },
          },
        ]
      : [{ name: "chromium", use: browser }],
    webServer: external
      ? undefined
      : {
          command: [build, "tsx --conditions=react-server e2e/serve.ts"].filter(Boolean).join(" && "),
          url: `http://127.0.0.1:${suite.port}/api/health`,
          timeout: 300_000,
          reuseExistingServer: false,
          stdout: "pipe",
          stderr: "pipe",
          env: {
            PORT: String(suite.port),
            STUDIO_DATA_DIR: dataDir,
            E2E_ACCOUNTS: suite.accounts ? "1" : "",
            E2E_SEED_TAKES: String(suite.seedTakes ?? 0),
            ...suite.studioEnv,
          },
        },
  });
}
