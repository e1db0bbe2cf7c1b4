/**
 * Measures the camera move of every stored video, one at a time, beside the take worker: a take is
 * playable as soon as its video is stored, and its measurement follows. Newest first, so a new take
 * never waits behind the backfill of takes stored before this process started; the backfill pauses
 * between videos (STUDIO_CAMERA_BACKFILL_PAUSE_MS) and resumes wherever it stopped, because what is
 * left to measure is read from the database each time.
 */
import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CameraCheckFigures, CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import {
  claimNextCameraCheck,
  extendCameraCheckLease,
  recordCameraCheckFailure,
  saveCameraCheck,
} from "@/lib/db/queries/camera-checks";
import type { Take } from "@/lib/db/schema";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { WorkerContext } from "./context";

export type MeasuredVideo = CameraCheckFigures & { move: string; confidence: number };

export type CameraCheckTools = {
  measure: (file: string, options: { signal: AbortSignal }) => Promise<MeasuredVideo>;
  judge: (intent: CameraControl | undefined, measured: MeasuredVideo) => CameraCheckVerdict | null;
};

export type CameraChecker = {
  start(): void;
  /** A video was just stored: measure it next. */
  wake(): void;
  stop(): Promise<void>;
  /** Calls `listener` after each stored measurement; returns the unsubscribe. */
  onChecked(listener: (take: Take) => void): () => void;
  /** Resolves once nothing is left to measure and no measurement runs (for tests). */
  drained(): Promise<void>;
};

const LEASE_MS = 120_000;
/** With nothing to measure, look again this often for videos stored by other processes. */
const IDLE_POLL_MS = 30_000;

export function createCameraChecker(
  ctx: WorkerContext,
  options: CameraCheckTools & { backfillPauseMs: number; idlePollMs?: number },
): CameraChecker {
  const startedAt = ctx.now();
  const listeners = new Set<(take: Take) => void>();
  const drainWaiters = new Set<() => void>();
  let stopped = true;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  let shutdown = new AbortController();

  async function run() {
    while (!stopped) {
      let take: Take | undefined;
      try {
        take = await claimNextCameraCheck(ctx.db, {
          now: ctx.now(),
          leaseUntil: new Date(ctx.now().getTime() + LEASE_MS),
        });
      } catch (error) {
        ctx.log("warn", "could not look for videos to measure", { error: errorText(error) });
      }
      if (!take) {
        for (const resolve of drainWaiters) resolve();
        drainWaiters.clear();
        await pause(options.idlePollMs ?? IDLE_POLL_MS);
        continue;
      }
      await check(take);
      // Takes stored before this process started are the backfill: it yields the machine between videos.
      const backfill = (take.finishedAt ?? take.createdAt).getTime() < startedAt.getTime();
      // Someone waiting for the queue to drain (a test, a shutdown) wants no pause.
      if (backfill && options.backfillPauseMs > 0 && drainWaiters.size === 0) await pause(options.backfillPauseMs);
    }
  }

  async function check(take: Take) {
    const file = path.join(ctx.tmpDir, `${take.id}.${process.pid}.measure.mp4`);
    const keepLease = setInterval(() => {
      void extendCameraCheckLease(ctx.db, { id: take.id, until: new Date(ctx.now().getTime() + LEASE_MS) }).catch(
        () => undefined,
      );
    }, LEASE_MS / 3);
    try {
      if (!take.videoKey) throw new Error("the take has no stored video");
      await copyVideo(ctx, take.videoKey, file);
      const measured = await options.measure(file, { signal: shutdown.signal });
      const verdict = options.judge(take.cameraIntent ?? undefined, measured);
      const { move, confidence, ...figures } = measured;
      const saved = await saveCameraCheck(ctx.db, { id: take.id, move, confidence, verdict, figures, at: ctx.now() });
      ctx.log("info", "camera move measured", { takeId: take.id, move, confidence, verdict, ms: measured.elapsedMs });
      if (saved) for (const listener of listeners) listener(saved);
    } catch (error) {
      if (shutdown.signal.aborted) return;
      ctx.log("warn", "camera measurement failed", { takeId: take.id, error: errorText(error) });
      await recordCameraCheckFailure(ctx.db, { id: take.id, error: errorText(error) }).catch(() => undefined);
    } finally {
      clearInterval(keepLease);
      await rm(file, { force: true });
    }
  }

  /** Sleeps for `ms`, or until woken (a new video) or stopped. */
  function pause(ms: number): Promise<void> {
    if (woken || stopped) {
      woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref?.();
      wakeUp = done;
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        woken = false;
        resolve();
      }
    });
  }

  function wake() {
    woken = true;
    wakeUp?.();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      shutdown = new AbortController();
      loop = run();
    },
    wake,
    async stop() {
      stopped = true;
      shutdown.abort();
      wakeUp?.();
      await loop;
      for (const resolve of drainWaiters) resolve();
      drainWaiters.clear();
    },
    onChecked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    drained() {
      return new Promise((resolve) => {
        drainWaiters.add(resolve);
        wake();
      });
    },
  };
}

async function copyVideo(ctx: WorkerContext, key: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const stream = await ctx.storage.read(key);
  // DOM and Node type their web streams separately; the object is the same.
  await pipeline(Readable.fromWeb(stream as import("node:stream/web").ReadableStream), createWriteStream(to));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
