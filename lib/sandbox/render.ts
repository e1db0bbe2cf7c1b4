import "server-only";
/**
 * Renders the sandbox's stand-in video: the shared scene seen through the requested camera move, drawn
 * frame by frame in JS (./raster.ts) and encoded by ffmpeg to an H.264 MP4. It runs inside the web
 * server, so it yields to the event loop after every frame and respects the pipe's backpressure.
 */
import { spawn } from "node:child_process";
import { rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio } from "@/lib/kling/fields";
import { ffmpegPath } from "@/lib/media/ffmpeg";
import { createFrameRenderer } from "./raster";

const DEFAULT_FPS = 24;

export type RenderClipOptions = {
  prompt: string;
  aspectRatio: AspectRatio;
  durationSec: number;
  camera: CameraControl | undefined;
  /** play the move backwards (progress t → 1 − t): from where it ends back to rest */
  reverse?: boolean;
  /** where the MP4 ends up; it appears there only when complete */
  outFile: string;
  fps?: number;
};

export type RenderClipResult = { width: number; height: number; fps: number; frames: number; elapsedMs: number };

/** Draws every frame and encodes them; resolves once `outFile` is a complete, playable MP4. */
export async function renderClip(options: RenderClipOptions): Promise<RenderClipResult> {
  const started = performance.now();
  const fps = options.fps ?? DEFAULT_FPS;
  const frames = Math.round(options.durationSec * fps);
  if (!(frames >= 1)) throw new Error(`Cannot render a clip of ${options.durationSec} s at ${fps} fps`);
  const renderer = createFrameRenderer(options);
  const { width, height } = renderer;
  const tempFile = join(dirname(options.outFile), `.${basename(options.outFile)}.${process.pid}-${Date.now()}.partial`);
  const encoder = startEncoder({ width, height, fps, outFile: tempFile });
  try {
    let drained: Promise<unknown> | undefined;
    for (let frame = 0; frame < frames; frame++) {
      // This frame is drawn while the pipe still carries the previous one, hence a new buffer each time
      // (unzeroed: every pixel gets drawn).
      const t = frames === 1 ? 0 : frame / (frames - 1);
      const rgb = renderer.render(options.reverse ? 1 - t : t, Buffer.allocUnsafe(width * height * 3));
      if (drained) await Promise.race([drained, encoder.failed]);
      drained = encoder.stdin.write(rgb) ? undefined : drainOrError(encoder.stdin);
      await yieldToEventLoop();
    }
    if (drained) await Promise.race([drained, encoder.failed]);
    encoder.stdin.end();
    await encoder.finished;
    await rename(tempFile, options.outFile);
  } catch (error) {
    encoder.kill();
    await unlink(tempFile).catch(() => undefined);
    throw error;
  }
  return { width, height, fps, frames, elapsedMs: Math.round(performance.now() - started) };
}

type Encoder = {
  stdin: NodeJS.WritableStream;
  /** rejects as soon as ffmpeg fails; never resolves */
  failed: Promise<never>;
  /** resolves when ffmpeg exits cleanly */
  finished: Promise<void>;
  kill(): void;
};

function startEncoder(target: { width: number; height: number; fps: number; outFile: string }): Encoder {
  const args = [
    "-hide_banner",
    "-loglevel",
    "error",
    "-f",
    "rawvideo",
    "-pix_fmt",
    "rgb24",
    "-s",
    `${target.width}x${target.height}`,
    "-r",
    String(target.fps),
    "-i",
    "-",
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-pix_fmt",
    "yuv420p",
    "-movflags",
    "+faststart",
    "-f",
    "mp4",
    "-y",
    target.outFile,
  ];
  const child = spawn(/*turbopackIgnore: true*/ ffmpegPath(), args, { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  // A dead ffmpeg shows up as EPIPE on stdin; the exit below carries the useful message.
  child.stdin.on("error", () => undefined);
  const finished = new Promise<void>((resolve, reject) => {
    child.on("error", (error) => reject(new Error(`Could not start ffmpeg (${ffmpegPath()}): ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ?? `exit ${code}`;
      reject(new Error(`ffmpeg failed (${how}) encoding the sandbox video: ${lastLines(stderr)}`));
    });
  });
  const failed = finished.then(() => Promise.reject(new Error("ffmpeg exited before it was sent every frame")));
  // Either promise may be left unawaited on some paths; their rejections are handled where they matter.
  finished.catch(() => undefined);
  failed.catch(() => undefined);
  return {
    stdin: child.stdin,
    failed,
    finished,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join(" | ") || "no error output";
}

/**
 * Settles when the pipe can take more, or when it broke. A broken pipe means ffmpeg is gone, and its exit
 * (raced against this by the caller) carries the message worth reporting, rather than "write EPIPE".
 */
function drainOrError(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
  });
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
