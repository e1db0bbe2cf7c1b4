/**
 * Where the ffmpeg binary is: the one shipped in @ffmpeg-installer's npm package, or a system ffmpeg.
 * Shared by the sandbox renderer and the take finisher (posters).
 */
import { spawn } from "node:child_process";
import { accessSync, chmodSync, constants } from "node:fs";
import { createRequire } from "node:module";

let cached: string | undefined;

export function ffmpegPath(): string {
  if (cached) return cached;
  cached = packagedFfmpeg() ?? "ffmpeg";
  return cached;
}

function packagedFfmpeg(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const installer: { path: string } = require("@ffmpeg-installer/ffmpeg");
    try {
      accessSync(installer.path, constants.X_OK);
    } catch {
      // npm may skip the package's own `chmod +x` install script.
      chmodSync(installer.path, 0o755);
    }
    return installer.path;
  } catch {
    return undefined;
  }
}

/** Runs ffmpeg with arguments; resolves with stderr, rejects with the tail of stderr on failure. */
export function runFfmpeg(args: string[], options: { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(/*turbopackIgnore: true*/ ffmpegPath(), ["-hide_banner", "-nostdin", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stderr);
      else
        reject(new Error(`ffmpeg exited with ${signal ?? code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`));
    });
  });
}
