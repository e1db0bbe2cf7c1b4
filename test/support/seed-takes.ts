/**
 * Fills a database with many believable takes, for benchmarks and browser tests: a deterministic mix of
 * models, camera moves, aspect ratios, creators and outcomes spread over past days. Ready takes can share
 * one small video and poster, hard-linked into storage under each take's own key, so thousands of
 * playable takes cost almost no disk.
 */
import type { TakeStatus } from "@/lib/takes/statuses";
import "server-only";
import { randomUUID } from "node:crypto";
import { copyFile, link, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { type NewTake, takes } from "@/lib/db/schema";
import type { CameraControl } from "@/lib/kling/camera-control";
import {
  type AspectRatio,
  CAMERA_AXES,
  type Duration,
  type Mode,
  type ModelName,
  PRESET_CAMERA_TYPES,
} from "@/lib/kling/fields";
import { estimateUnits } from "@/lib/kling/pricing";
import { extractPoster } from "@/lib/media/poster";
import { renderClip } from "@/lib/sandbox/render";
import { posterKey, videoKey } from "@/lib/storage/storage";
import { seededCameraCheck } from "./seed-camera-checks";

export const SEED_CREATORS = ["ana", "ben", "chloe", "dev", "eli", "studio"] as const;

const MODELS: ModelName[] = ["kling-v1", "kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-5-turbo", "kling-v2-6"];
const ASPECTS: AspectRatio[] = ["16:9", "16:9", "9:16", "1:1"];
const SUBJECTS = [
  "a red lighthouse on a cliff",
  "a fox crossing a snowy field",
  "neon streets in the rain",
  "a paper boat on a river",
  "an old tram climbing a hill",
  "a hot air balloon over vineyards",
  "a koi pond at noon",
  "a desert highway at night",
  "a violinist on a rooftop",
  "waves breaking on black sand",
  "a greenhouse full of orchids",
  "a glacier calving into the sea",
];
const STYLES = [
  "at dusk",
  "in morning fog",
  "cinematic",
  "shot on 35mm film",
  "in soft pastel light",
  "at golden hour",
];

type SeedMedia = {
  /** Storage root (the folder a local storage serves, e.g. `<data dir>/media`). */
  root: string;
  /** An MP4 and a JPEG linked (or copied) under every ready take's keys. */
  video: string;
  poster: string;
};

export type SeedOptions = {
  count: number;
  /** The newest take is created just before this instant; the rest go back `spanDays`. */
  now?: Date;
  spanDays?: number;
  /** Share of failed takes (the rest are ready). Active takes are never seeded: a worker would poll them. */
  failedShare?: number;
  media?: SeedMedia;
  /** Same seed, same takes (ids aside): benchmarks compare runs. */
  seed?: number;
  /** Tag added to every prompt, so a test can find its own takes. */
  promptSuffix?: string;
  /** Who made the takes (user ids); made-up names by default. */
  creators?: readonly string[];
  /** Give most ready takes a measured camera move (./seed-camera-checks.ts); off by default. */
  measured?: boolean;
};

/** Inserts `count` finished takes in batches; returns their ids, newest first. */
export async function seedTakes(db: Db, options: SeedOptions): Promise<string[]> {
  const now = options.now ?? new Date();
  const spanMs = (options.spanDays ?? 30) * 86_400_000;
  const random = mulberry32(options.seed ?? 42);
  const rows: NewTake[] = [];
  for (let index = 0; index < options.count; index++) {
    // Evenly spread with jitter, newest first; ms precision like the studio's own timestamps.
    const age = Math.round(((index + random()) / options.count) * spanMs) + 1_000;
    const row = makeRow({ createdAt: new Date(now.getTime() - age), random, options });
    rows.push(options.measured ? { ...row, ...seededCameraCheck(row, index) } : row);
  }
  if (options.media) await linkMedia(options.media, rows);
  for (let start = 0; start < rows.length; start += 500) {
    await db.insert(takes).values(rows.slice(start, start + 500));
  }
  return rows.map((row) => row.id);
}

function makeRow(input: { createdAt: Date; random: () => number; options: SeedOptions }): NewTake {
  const { createdAt, random, options } = input;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const modelName = pick(MODELS);
  const mode: Mode = random() < 0.7 ? "std" : "pro";
  const duration: Duration = random() < 0.75 ? "5" : "10";
  const cameraIntent = modelName === "kling-v1" && mode === "std" && duration === "5" ? pickCamera(random) : null;
  const status: TakeStatus = random() < (options.failedShare ?? 0.1) ? "failed" : "ready";
  const id = randomUUID();
  const submittedAt = new Date(createdAt.getTime() + 800 + Math.round(random() * 1500));
  // Render times around a few minutes, longer for pro and 10 s clips, as the real service behaves.
  const renderMs = Math.round(
    (150_000 + random() * 180_000) * (mode === "pro" ? 1.4 : 1) * (duration === "10" ? 1.6 : 1),
  );
  const upstreamFinishedAt = new Date(submittedAt.getTime() + renderMs);
  const finishedAt = new Date(upstreamFinishedAt.getTime() + 1_500 + Math.round(random() * 3_000));
  const units = estimateUnits({ model_name: modelName, mode, duration });
  const prompt = `${capitalise(pick(SUBJECTS))} ${pick(STYLES)}${options.promptSuffix ? ` ${options.promptSuffix}` : ""}`;
  const base: NewTake = {
    id,
    createdAt,
    updatedAt: finishedAt,
    createdBy: pick(options.creators ?? SEED_CREATORS),
    modelName,
    prompt,
    negativePrompt: random() < 0.2 ? "blurry, low quality" : "",
    cfgScale: 0.5,
    mode,
    aspectRatio: pick(ASPECTS),
    duration,
    cameraIntent,
    status,
    upstreamTaskId: String(800_000_000_000 + Math.floor(random() * 1e11)),
    unitsEstimated: units,
    submitAttempts: 1,
    pollCount: 3 + Math.floor(random() * 20),
    submittedAt,
    finishedAt,
    nextAttemptAt: createdAt,
  };
  if (status === "failed") {
    return {
      ...base,
      upstreamStatus: "failed",
      failureCode: "kling:task_failed",
      failureMessage: "Failure to pass the risk control system",
      unitsCharged: 0,
      upstreamFinishedAt,
    };
  }
  return {
    ...base,
    upstreamStatus: "succeed",
    unitsCharged: units,
    upstreamFinishedAt,
    videoKey: options.media ? videoKey(id) : null,
    posterKey: options.media ? posterKey(id) : null,
    videoDurationMs: duration === "10" ? 10_000 : 5_000,
    videoBytes: 200_000,
  };
}

function pickCamera(random: () => number): CameraControl | null {
  const roll = random();
  if (roll < 0.3) return null;
  if (roll < 0.55) return { type: PRESET_CAMERA_TYPES[Math.floor(random() * PRESET_CAMERA_TYPES.length)] };
  const axis = CAMERA_AXES[Math.floor(random() * CAMERA_AXES.length)];
  const value = (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 10));
  return { type: "simple", config: { [axis]: value } };
}

/** Renders the one clip (5 s, 16:9, a pan) and poster that seeded ready takes share; reused when present. */
export async function createSeedMediaSource(dir: string): Promise<{ video: string; poster: string }> {
  await mkdir(dir, { recursive: true });
  const video = path.join(dir, "seed-source.mp4");
  const poster = path.join(dir, "seed-source.jpg");
  const exists = await stat(poster).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await renderClip({
      prompt: "Seeded take",
      aspectRatio: "16:9",
      durationSec: 5,
      camera: { type: "simple", config: { pan: 5 } },
      outFile: video,
    });
    await extractPoster({ videoPath: video, posterPath: poster, atSec: 1 });
  }
  return { video, poster };
}

async function linkMedia(media: SeedMedia, rows: NewTake[]) {
  const videoBytes = (await stat(media.video)).size;
  await mkdir(path.join(media.root, "videos"), { recursive: true });
  await mkdir(path.join(media.root, "posters"), { recursive: true });
  for (const row of rows) {
    if (!row.videoKey || !row.posterKey) continue;
    row.videoBytes = videoBytes;
    await linkOrCopy(media.video, path.join(media.root, row.videoKey));
    await linkOrCopy(media.poster, path.join(media.root, row.posterKey));
  }
}

async function linkOrCopy(from: string, to: string) {
  try {
    await link(from, to);
  } catch {
    // Another file system (or no hard links): a copy works everywhere.
    await copyFile(from, to);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small seeded PRNG: the same seed gives the same gallery. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
