/**
 * The sandbox's tasks on disk: one JSON file per task under `{dataDir}/tasks/`, the videos under
 * `{dataDir}/videos/`. Everything is also held in memory; the files exist so that a restarted sandbox
 * picks up where it stopped. A task's status is never stored, only the facts it is derived from.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { TASK_STATUSES } from "@/lib/kling/responses";
import { text2VideoRequestSchema } from "@/lib/kling/schema";

const recordSchema = z.object({
  version: z.literal(1),
  taskId: z.string().regex(/^\d+$/),
  videoId: z.string().min(1),
  request: text2VideoRequestSchema,
  /** The prompt without fault markers: what goes into the video. */
  renderPrompt: z.string(),
  /** Where the create came from; callbacks build video URLs from it. */
  origin: z.string(),
  createdAt: z.number(),
  timings: z.object({ submittedMs: z.number(), processingMs: z.number() }),
  units: z.number(),
  video: z.object({ renderedAt: z.number(), durationSec: z.number() }).optional(),
  renderError: z.object({ at: z.number(), message: z.string() }).optional(),
  lastNotifiedStatus: z.enum(TASK_STATUSES).optional(),
});
export type SandboxTaskRecord = z.infer<typeof recordSchema>;

export type SandboxStore = {
  /** Reads every task from disk and reconciles it with the videos that are actually there. */
  load(): Promise<void>;
  /** Newest first. */
  list(): SandboxTaskRecord[];
  get(taskId: string): SandboxTaskRecord | undefined;
  getByExternalId(externalTaskId: string): SandboxTaskRecord | undefined;
  /** Adds to memory at once (so checks that follow see it); persist with `save`. */
  add(record: SandboxTaskRecord): void;
  remove(taskId: string): void;
  save(record: SandboxTaskRecord): Promise<void>;
  /** Resolves when every pending write has landed. */
  flush(): Promise<void>;
  newTaskId(nowMs: number): string;
  videoPath(taskId: string): string;
};

export function createSandboxStore(dataDir: string): SandboxStore {
  const tasksDir = path.join(dataDir, "tasks");
  const videosDir = path.join(dataDir, "videos");
  const records = new Map<string, SandboxTaskRecord>();
  const byExternalId = new Map<string, string>();
  // Writes of one task run in order, so an older state never lands after a newer one.
  const writes = new Map<string, Promise<void>>();

  const videoPath = (taskId: string) => path.join(videosDir, `${taskId}.mp4`);

  function index(record: SandboxTaskRecord) {
    records.set(record.taskId, record);
    if (record.request.external_task_id) byExternalId.set(record.request.external_task_id, record.taskId);
  }

  async function writeRecord(record: SandboxTaskRecord) {
    const file = path.join(tasksDir, `${record.taskId}.json`);
    const temp = `${file}.${process.pid}.${randomInt(1e9)}.tmp`;
    await writeFile(temp, JSON.stringify(record, null, 2));
    await rename(temp, file);
  }

  function save(record: SandboxTaskRecord): Promise<void> {
    const previous = writes.get(record.taskId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => writeRecord(record));
    writes.set(record.taskId, next);
    void next
      .finally(() => {
        if (writes.get(record.taskId) === next) writes.delete(record.taskId);
      })
      .catch(() => {});
    return next;
  }

  return {
    async load() {
      await mkdir(tasksDir, { recursive: true });
      await mkdir(videosDir, { recursive: true });
      // Half-written videos of a render that a crash interrupted; the task renders again below.
      for (const name of await readdir(videosDir)) {
        if (name.endsWith(".partial")) await unlink(path.join(videosDir, name)).catch(() => {});
      }
      for (const name of await readdir(tasksDir)) {
        if (!/^\d+\.json$/.test(name)) continue;
        const record = await readRecord(path.join(tasksDir, name));
        if (!record) continue;
        const changed = await reconcileVideo(record, videoPath(record.taskId));
        index(record);
        if (changed) await save(record);
      }
    },

    list() {
      return [...records.values()].sort((a, b) => b.createdAt - a.createdAt || b.taskId.localeCompare(a.taskId));
    },

    get: (taskId) => records.get(taskId),

    getByExternalId(externalTaskId) {
      const taskId = byExternalId.get(externalTaskId);
      return taskId === undefined ? undefined : records.get(taskId);
    },

    add(record) {
      if (records.has(record.taskId)) throw new Error(`task ${record.taskId} already exists`);
      index(record);
    },

    remove(taskId) {
      const record = records.get(taskId);
      if (!record) return;
      records.delete(taskId);
      if (record.request.external_task_id) byExternalId.delete(record.request.external_task_id);
    },

    save,

    async flush() {
      await Promise.allSettled([...writes.values()]);
    },

    newTaskId(nowMs) {
      // Numeric strings like Kling's newer ids: milliseconds, then random digits.
      for (;;) {
        const id = `${Math.floor(nowMs)}${String(randomInt(100_000)).padStart(5, "0")}`;
        if (!records.has(id)) return id;
      }
    },

    videoPath,
  };
}

async function readRecord(file: string): Promise<SandboxTaskRecord | undefined> {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    // A damaged file is skipped rather than stopping the whole sandbox.
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The video on disk is the truth: a deleted one is rendered again, one finished while down counts. */
async function reconcileVideo(record: SandboxTaskRecord, file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  if (record.video && !info) {
    delete record.video;
    return true;
  }
  if (!record.video && info && !record.renderError) {
    record.video = { renderedAt: info.mtimeMs, durationSec: Number(record.request.duration) };
    return true;
  }
  return false;
}
