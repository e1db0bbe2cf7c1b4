/**
 * The last step: copy the finished video into our storage (Kling deletes it after 30 days), read its
 * real duration and frame rate, cut a poster, and mark the take ready. A failed copy is retried; the take is never lost.
 */
import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { readMp4Info } from "@/lib/media/mp4";
import { extractPoster } from "@/lib/media/poster";
import { posterKey, videoKey } from "@/lib/storage/storage";
import type { WorkerContext } from "./context";
import { assertDownloadAllowed } from "./download-guard";
import { failTake, retryLater, save } from "./steps";

const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const MAX_VIDEO_BYTES = 2 * 1024 ** 3;

export async function finishTake(ctx: WorkerContext, take: Take): Promise<Take> {
  if (!take.resultUrl) {
    return failTake(ctx, take, { code: "kling:no_video", message: "Kling returned no video to copy." });
  }
  await mkdir(ctx.tmpDir, { recursive: true });
  const videoTmp = path.join(ctx.tmpDir, `${take.id}.${process.pid}.mp4`);
  const posterTmp = path.join(ctx.tmpDir, `${take.id}.${process.pid}.jpg`);
  try {
    await download({ url: take.resultUrl, to: videoTmp, allowPrivate: ctx.allowPrivateDownloads });
    const info = await readMp4Info(videoTmp).catch(() => {
      throw new AppError("kling:bad_video", "The file Kling returned is not a playable MP4.");
    });
    const bytes = (await stat(videoTmp)).size;
    const poster = await extractPoster({
      videoPath: videoTmp,
      posterPath: posterTmp,
      atSec: Math.min(1, info.durationMs / 2000),
    }).then(
      () => true,
      (error: unknown) => {
        ctx.log("warn", "poster extraction failed", { takeId: take.id, error: String(error) });
        return false;
      },
    );
    const storedVideo = await ctx.storage.putFile({
      key: videoKey(take.id),
      filePath: videoTmp,
      contentType: "video/mp4",
    });
    if (poster) await ctx.storage.putFile({ key: posterKey(take.id), filePath: posterTmp, contentType: "image/jpeg" });
    ctx.log("info", "take ready", { takeId: take.id, bytes, durationMs: info.durationMs, fps: info.fps });
    return save(ctx, take, {
      status: "ready",
      videoKey: videoKey(take.id),
      posterKey: poster ? posterKey(take.id) : null,
      videoDurationMs: info.durationMs,
      videoFps: info.fps,
      videoBytes: storedVideo.size || bytes,
      finishedAt: ctx.now(),
      retryCount: 0,
      lastError: null,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "kling:video_gone") {
      return failTake(ctx, take, { code: error.code, message: error.message });
    }
    // Network trouble, a full disk, storage down: the video is still at Kling, so try again later.
    return retryLater(ctx, take, error, {});
  } finally {
    await rm(videoTmp, { force: true });
    await rm(posterTmp, { force: true });
  }
}

async function download(options: { url: string; to: string; allowPrivate: boolean }): Promise<void> {
  await assertDownloadAllowed(options.url, { allowPrivate: options.allowPrivate });
  const response = await fetch(options.url, {
    redirect: "error",
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (response.status === 404 || response.status === 410) {
    throw new AppError(
      "kling:video_gone",
      "Kling no longer has this video (its link expired before the studio could copy it). Retry the take.",
    );
  }
  if (!response.ok || !response.body) throw new Error(`video download answered HTTP ${response.status}`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_VIDEO_BYTES) throw new AppError("kling:bad_video", "The video Kling returned is too large.");
  // DOM and Node type their web streams separately; the object is the same.
  await pipeline(
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
    createWriteStream(options.to),
  );
}
