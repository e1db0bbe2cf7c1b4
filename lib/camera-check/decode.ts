import "server-only";
/**
 * Decodes a video into small grayscale frames for motion measurement: ffmpeg scales the clip so its longer
 * side is a couple of hundred pixels, resamples it to a fixed rate and writes raw 8-bit luma to stdout.
 * The real frame rate, duration and output size come from ffmpeg's own report on stderr (ffprobe is not
 * shipped). Frames are handed out one at a time and stdout is paused while the consumer works, so memory
 * stays at a few frames whatever the clip's length.
 */
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { ffmpegPath } from "@/lib/media/ffmpeg";
import type { GrayFrame } from "./gray-frame";

export type DecodeOptions = {
  /** the longer side of the decoded frames, pixels */
  maxSide?: number;
  /** frames per second handed out; motion between them is what gets measured */
  sampleFps?: number;
  signal?: AbortSignal;
};

export type VideoInfo = {
  /** decoded frame size (after scaling) */
  width: number;
  height: number;
  /** the source's frame size */
  sourceWidth: number;
  sourceHeight: number;
  /** the source's frame rate */
  fps: number;
  durationSec: number;
  /** frames per second of the decoded sequence */
  sampleFps: number;
};

type TimedFrame = GrayFrame & { index: number; timeSec: number };

export type GrayVideo = {
  info: VideoInfo;
  /** every decoded frame in order; ends when ffmpeg does, throws if it fails */
  frames(): AsyncGenerator<TimedFrame>;
  /** stops ffmpeg if it is still running; safe to call more than once */
  close(): void;
};

const DEFAULT_MAX_SIDE = 192;
const DEFAULT_SAMPLE_FPS = 8;
/** frames held while the consumer is busy before stdout is paused */
const QUEUE_LIMIT = 4;

/**
 * Starts decoding and resolves once ffmpeg has reported the stream's size and rate (that is, once the
 * first frame is on its way). Rejects with a readable reason for a missing file or one that is not a video.
 */
export async function openGrayVideo(file: string, options: DecodeOptions = {}): Promise<GrayVideo> {
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  const sampleFps = options.sampleFps ?? DEFAULT_SAMPLE_FPS;
  options.signal?.throwIfAborted();
  await assertReadableFile(file);
  options.signal?.throwIfAborted();
  const args = [
    "-hide_banner",
    "-nostdin",
    "-nostats",
    "-i",
    file,
    "-map",
    "0:v:0",
    "-an",
    "-sn",
    "-vf",
    `fps=${sampleFps},scale=${maxSide}:${maxSide}:force_original_aspect_ratio=decrease:flags=area,format=gray`,
    "-f",
    "rawvideo",
    "pipe:1",
  ];
  const child = spawn(/*turbopackIgnore: true*/ ffmpegPath(), args, { stdio: ["ignore", "pipe", "pipe"] });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const onAbort = () => kill();
  options.signal?.addEventListener("abort", onAbort, { once: true });

  let stderr = "";
  let info: VideoInfo | undefined;
  let infoError: Error | undefined;
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  const chunks: Buffer[] = [];
  let buffered = 0;
  const frames: TimedFrame[] = [];
  let frameSize = 0;
  let nextIndex = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  const cutFrames = () => {
    if (!info) return;
    while (buffered >= frameSize) {
      const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const data = new Uint8Array(frameSize);
      data.set(whole.subarray(0, frameSize));
      const rest = whole.subarray(frameSize);
      chunks.length = 0;
      if (rest.length > 0) chunks.push(rest);
      buffered = rest.length;
      frames.push({ width: info.width, height: info.height, data, index: nextIndex, timeSec: nextIndex / sampleFps });
      nextIndex++;
    }
    if (frames.length >= QUEUE_LIMIT) child.stdout.pause();
  };

  child.stdout.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    buffered += chunk.length;
    cutFrames();
    notify();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    // The header is all that is parsed; the tail is kept for error messages.
    stderr = stderr.length < 64_000 ? stderr + chunk.toString() : (stderr + chunk.toString()).slice(-8000);
    if (!info && !infoError) {
      const parsed = parseFfmpegReport(stderr, sampleFps);
      if (parsed instanceof Error) infoError = parsed;
      else if (parsed) {
        info = parsed;
        frameSize = info.width * info.height;
        cutFrames();
      }
    }
    notify();
  });
  child.on("error", (error) => {
    spawnError = new Error(`Could not start ffmpeg (${ffmpegPath()}): ${error.message}`);
    notify();
  });
  child.on("close", (code, signal) => {
    exited = { code, signal };
    options.signal?.removeEventListener("abort", onAbort);
    notify();
  });

  const failure = (): Error | undefined => {
    if (options.signal?.aborted) return abortError(options.signal);
    if (spawnError) return spawnError;
    if (infoError) return infoError;
    if (exited && exited.code !== 0) return new Error(describeFailure({ file, stderr, exited }));
    return undefined;
  };

  while (!info) {
    const error = failure() ?? (exited ? new Error(describeFailure({ file, stderr, exited })) : undefined);
    if (error) {
      kill();
      throw error;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
  const known = info;

  return {
    info: known,
    close: kill,
    async *frames() {
      try {
        for (;;) {
          const error = failure();
          if (error) throw error;
          const frame = frames.shift();
          if (frame) {
            if (frames.length < QUEUE_LIMIT && child.stdout.isPaused()) child.stdout.resume();
            yield frame;
            continue;
          }
          if (exited) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        kill();
      }
    },
  };
}

/**
 * Reads the input stream's rate and duration and the output's scaled size from ffmpeg's report. Returns
 * undefined while the report is still incomplete, an Error when it shows the input has no usable video.
 */
export function parseFfmpegReport(report: string, sampleFps: number): VideoInfo | Error | undefined {
  const outputAt = report.indexOf("\nOutput #0");
  const input = outputAt >= 0 ? report.slice(0, outputAt) : report;
  const output = outputAt >= 0 ? report.slice(outputAt) : "";
  const outputVideo = /Stream #\d+:\d+[^\n]*: Video: rawvideo[^\n]*?, (\d+)x(\d+)/.exec(output);
  if (!outputVideo) return undefined;
  const inputVideo = /Stream #\d+:\d+[^\n]*: Video: ([^\n]*)/.exec(input);
  if (!inputVideo) return new Error("the file has no video stream");
  const size = /(?:^|[ ,])(\d{2,5})x(\d{2,5})(?=[ ,[]|$)/.exec(inputVideo[1]);
  const rate = /([\d.]+)(k?) fps/.exec(inputVideo[1]) ?? /([\d.]+)(k?) tbr/.exec(inputVideo[1]);
  const duration = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(input);
  const fps = rate ? Number(rate[1]) * (rate[2] === "k" ? 1000 : 1) : Number.NaN;
  const durationSec = duration
    ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])
    : Number.NaN;
  return {
    width: Number(outputVideo[1]),
    height: Number(outputVideo[2]),
    sourceWidth: size ? Number(size[1]) : Number(outputVideo[1]),
    sourceHeight: size ? Number(size[2]) : Number(outputVideo[2]),
    fps: Number.isFinite(fps) && fps > 0 ? fps : sampleFps,
    durationSec: Number.isFinite(durationSec) ? durationSec : Number.NaN,
    sampleFps,
  };
}

async function assertReadableFile(file: string): Promise<void> {
  const found = await stat(file).catch(() => undefined);
  if (!found) throw new Error(`No such file: ${file}`);
  if (!found.isFile()) throw new Error(`Not a file: ${file}`);
  if (found.size === 0) throw new Error(`Not a video (the file is empty): ${file}`);
}

function describeFailure(input: {
  file: string;
  stderr: string;
  exited: { code: number | null; signal: NodeJS.Signals | null };
}): string {
  const { file, stderr, exited } = input;
  if (/Invalid data found when processing input|moov atom not found|could not find codec parameters/i.test(stderr)) {
    return `Not a video ffmpeg can read: ${file}`;
  }
  if (/does not contain any stream|matches no streams/i.test(stderr)) return `The file has no video stream: ${file}`;
  const tail = stderr.trim().split("\n").slice(-2).join(" | ") || "no error output";
  return `ffmpeg could not decode ${file} (${exited.signal ?? `exit ${exited.code}`}): ${tail}`;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error("The measurement was aborted");
}
