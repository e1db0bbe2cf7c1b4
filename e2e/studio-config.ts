/**
 * The end-to-end suites of playwright.config.ts. Each suite runs against a studio of its own (port, data
 * folder, database), started by e2e/serve.ts from one production build, and is one Playwright project:
 * - main: starts with the e2e accounts and no takes; the build has fake credentials baked in;
 * - gallery: the accounts and many finished takes;
 * - auth: no account at all, so first-run setup can be tested;
 * - team: no account at all; an owner sets up, invites a creator and a reviewer, and they review together.
 * Suites with accounts get a "<suite> setup" project that signs each account in first (e2e/accounts.ts).
 * The phone and tablet projects (deviceProjects) run the small-screen specs against the main suite's
 * studio, with its accounts.
 * E2E_SKIP_BUILD=1 reuses an existing build; E2E_BASE_URL points the main suite at a studio already running.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { devices, type PlaywrightTestConfig } from "@playwright/test";

export type StudioSuite = {
  name: string;
  port: number;
  testMatch: string | string[];
  testIgnore?: string | string[];
  /** Create the e2e accounts and sign each in before the specs (a "<suite> setup" project). */
  accounts: boolean;
  seedTakes?: number;
  /** Sandbox and worker timings for this suite's studio. */
  studioEnv: Record<string, string>;
};

type Project = NonNullable<PlaywrightTestConfig["projects"]>[number];
type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, { command: string }>;

const browser = { ...devices["Desktop Chrome"], channel: undefined };

/** Where a suite keeps its signed-in browser states; set once, so Playwright's workers inherit it. */
function stateDir(suite: StudioSuite): string {
  process.env.E2E_STATE_ROOT ??= path.join(tmpdir(), `kling-e2e-${process.pid}-state`);
  return path.join(process.env.E2E_STATE_ROOT, suite.name);
}

export function suiteProjects(suite: StudioSuite, baseURL: string): Project[] {
  const metadata = { stateDir: stateDir(suite) };
  const specs: Project = {
    name: suite.name,
    testMatch: suite.testMatch,
    testIgnore: suite.testIgnore,
    metadata,
    use: { ...browser, baseURL },
  };
  if (!suite.accounts) return [specs];
  const setup = `${suite.name} setup`;
  return [
    { name: setup, testMatch: "sign-in.setup.ts", metadata, use: { ...browser, baseURL } },
    {
      ...specs,
      dependencies: [setup],
      use: { ...specs.use, storageState: path.join(metadata.stateDir, "admin.json") },
    },
  ];
}

/** A phone and a tablet, as Chromium emulates them: touch, mobile viewport, a dense screen. */
const DEVICES = {
  phone: {
    ...devices["Pixel 7"],
    viewport: { width: 390, height: 844 },
    screen: { width: 390, height: 844 },
    deviceScaleFactor: 3,
  },
  tablet: {
    ...devices["Pixel 7"],
    userAgent: devices["Pixel 7"].userAgent.replace(" Mobile", ""),
    viewport: { width: 820, height: 1180 },
    screen: { width: 820, height: 1180 },
    deviceScaleFactor: 2,
  },
} as const;

/**
 * The small-screen specs (`testMatch`) once per device, against `suite`'s studio and signed in with its
 * accounts: they depend on its setup project and read its browser states.
 */
export function deviceProjects(suite: StudioSuite, baseURL: string, testMatch: string[]): Project[] {
  const metadata = { stateDir: stateDir(suite) };
  return Object.entries(DEVICES).map(([name, device]) => ({
    name,
    testMatch,
    metadata,
    dependencies: [`${suite.name} setup`],
    use: { ...device, baseURL, storageState: path.join(metadata.stateDir, "admin.json") },
  }));
}

/** The command that serves a suite's studio; `build` runs first when given (the first suite builds). */
export function suiteServer(suite: StudioSuite, build: string | undefined): WebServer {
  // Outside test-results, which Playwright empties when a run starts.
  const dataKey = `E2E_${suite.name.toUpperCase()}_DATA_DIR`;
  process.env[dataKey] ??= path.join(tmpdir(), `kling-e2e-${suite.name}-${suite.port}-${process.pid}-data`);
  return {
    command: [build, "tsx --conditions=react-server e2e/serve.ts"].filter(Boolean).join(" && "),
    url: `http://127.0.0.1:${suite.port}/api/health`,
    timeout: build ? 900_000 : 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(suite.port),
      STUDIO_DATA_DIR: process.env[dataKey],
      E2E_ACCOUNTS: suite.accounts ? "1" : "",
      E2E_SEED_TAKES: String(suite.seedTakes ?? 0),
      ...suite.studioEnv,
    },
  };
}
