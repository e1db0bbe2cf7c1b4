import "server-only";
import type { Db } from "@/lib/db/client";
import type { KlingClient } from "@/lib/kling/client";
import { log } from "@/lib/log";
import type { MediaStorage } from "@/lib/storage/storage";

/** What the take steps need; built once per process by the runtime, or by a test. */
export type WorkerContext = {
  db: Db;
  kling: KlingClient;
  storage: MediaStorage;
  /** This worker's lease identity; unique per process. */
  owner: string;
  /** Scratch space for downloads (same file system as local storage when possible). */
  tmpDir: string;
  callbackUrl?: string;
  taskDeadlineMs: number;
  /** Download result URLs on private or loopback addresses only when Kling itself is local (the sandbox). */
  allowPrivateDownloads: boolean;
  /** First retry delay; doubles per consecutive failure (tests shorten it). */
  retryBaseMs?: number;
  /** Longest retry delay (tests shorten it). */
  retryMaxMs?: number;
  now: () => Date;
  log: WorkerLogger;
};

export type WorkerLogger = (
  level: "info" | "warn" | "error",
  message: string,
  fields?: Record<string, unknown>,
) => void;

/** The studio's logger (lib/log.ts); a test gives the worker its own to read what happened. */
export const studioWorkerLogger: WorkerLogger = (level, message, fields) => log[level](message, fields);
