/**
 * The Kling credentials never reach the browser: the app is built with recognizable fake credentials
 * in its environment (e2e/build.ts), then served with them, and neither the built client
 * assets nor any served page or script contains them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FAKE_CREDENTIALS } from "./fake-credentials";

const PORT = 3150;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        ...FAKE_CREDENTIALS,
        // Nothing listens here: the studio must render its pages without reaching Kling.
        KLING_API_BASE_URL: "http://127.0.0.1:9",
        STUDIO_DATA_DIR: mkdtempSync(path.join(tmpdir(), "studio-secrets-")),
        PORT: String(PORT),
      },
      stdio: "ignore",
    },
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).status < 600) break;
    } catch {
      if (Date.now() > deadline) throw new Error("the studio did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("no built client asset contains the credentials", async () => {
  const files = await listFiles(path.resolve(".next/static"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const secret of Object.values(FAKE_CREDENTIALS)) expect(text.includes(secret), file).toBe(false);
  }
});

test("no served page or script contains the credentials", async ({ request }) => {
  const seen = new Set<string>();
  for (const page of ["/", "/gallery", "/setup", "/sign-in", "/api/health"]) {
    const response = await request.get(`http://127.0.0.1:${PORT}${page}`, { maxRedirects: 5 });
    const body = await response.text();
    for (const secret of Object.values(FAKE_CREDENTIALS)) expect(body.includes(secret), page).toBe(false);
    for (const match of body.matchAll(/\/_next\/static\/[^"'\s)]+\.js/g)) seen.add(match[0]);
  }
  expect(seen.size).toBeGreaterThan(0);
  for (const script of seen) {
    const body = await (await request.get(`http://127.0.0.1:${PORT}${script}`)).text();
    for (const secret of Object.values(FAKE_CREDENTIALS)) expect(body.includes(secret), script).toBe(false);
  }
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
