/**
 * A production studio for benchmarks: builds once if `.next` has no build, then serves it from a data
 * folder of the benchmark's choosing on a loopback port, and stops it afterwards.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export type StudioServer = { url: string; stop(): Promise<void> };

function ensureBuilt(): void {
  if (existsSync(".next/BUILD_ID")) return;
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startStudioServer(options: { port: number; env: Record<string, string> }): Promise<StudioServer> {
  ensureBuilt();
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"],
    { env: { ...process.env, PORT: String(options.port), ...options.env }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the studio exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the studio did not become healthy in 120 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
