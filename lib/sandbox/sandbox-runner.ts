/**
 * What happens to a sandbox task after it is accepted: its video is rendered in the background (a few
 * at a time, since each render is an ffmpeg process), and a task with a `callback_url` is POSTed to at
 * each status change. Timers are re-armed from the stored task after a restart.
 */
import "server-only";
import type { RenderClipOptions, RenderClipResult } from "./render";
import { sandboxCameraOf } from "./sandbox-camera";
import { parseFaults } from "./sandbox-faults";
import { deriveTaskState, isFinished, needsRender, toWireTask } from "./sandbox-lifecycle";
import type { SandboxStore, SandboxTaskRecord } from "./sandbox-store";

/** Writes a playable MP4 to `outFile` (atomically); lib/sandbox/render.ts is the real one. */
export type RenderFn = (options: RenderClipOptions) => Promise<RenderClipResult>;

export const defaultRender: RenderFn = async (options) => {
  const { renderClip } = await import("./render");
  return renderClip(options);
};

const RENDER_CONCURRENCY = 2;
const CALLBACK_TIMEOUT_MS = 5_000;

export type TaskRunner = {
  /** Starts whatever the task still needs: its render, its callbacks. Safe to call more than once. */
  track(record: SandboxTaskRecord): void;
  /** Stops timers and callbacks, and waits for renders already running. */
  close(): Promise<void>;
};

export function createTaskRunner(options: {
  store: SandboxStore;
  render: RenderFn;
  now: () => number;
  basePath: string;
}): TaskRunner {
  const { store, now } = options;
  const timers = new Map<string, NodeJS.Timeout>();
  const rendering = new Map<string, Promise<void>>();
  const queue: string[] = [];
  const callbackChains = new Map<string, Promise<void>>();
  const shutdown = new AbortController();
  let running = 0;

  function pump() {
    while (!shutdown.signal.aborted && running < RENDER_CONCURRENCY && queue.length > 0) {
      const taskId = queue.shift();
      const record = taskId === undefined ? undefined : store.get(taskId);
      if (!record) continue;
      running++;
      const take = renderTask(record).finally(() => {
        running--;
        rendering.delete(record.taskId);
        pump();
      });
      rendering.set(record.taskId, take);
    }
  }

  async function renderTask(record: SandboxTaskRecord) {
    try {
      if (parseFaults(record.request.prompt).renderError) {
        throw new Error("the renderer crashed (sandbox fault injection)");
      }
      const { camera, reverse } = sandboxCameraOf({
        cameraControl: record.request.camera_control,
        prompt: record.renderPrompt,
        mode: parseFaults(record.request.prompt).camera,
      });
      const result = await options.render({
        prompt: record.renderPrompt,
        aspectRatio: record.request.aspect_ratio,
        durationSec: Number(record.request.duration),
        camera,
        reverse,
        outFile: store.videoPath(record.taskId),
      });
      // After a shutdown the file on disk speaks for itself at the next start.
      if (shutdown.signal.aborted) return;
      record.video = {
        renderedAt: now(),
        durationSec: result.fps > 0 ? result.frames / result.fps : Number(record.request.duration),
      };
    } catch (error) {
      if (shutdown.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      record.renderError = { at: now(), message: `The sandbox could not render the video: ${reason}` };
    }
    await store.save(record).catch(() => {});
    tick(record.taskId);
  }

  function tick(taskId: string) {
    clearTimeout(timers.get(taskId));
    timers.delete(taskId);
    const record = store.get(taskId);
    if (!record || shutdown.signal.aborted || !record.request.callback_url) return;
    const state = deriveTaskState(record, now());
    if (state.status !== record.lastNotifiedStatus) {
      record.lastNotifiedStatus = state.status;
      void store.save(record).catch(() => {});
      const body = toWireTask({ record, state, origin: record.origin, basePath: options.basePath });
      queueCallback(taskId, record.request.callback_url, body);
    }
    if (!isFinished(state.status) && state.nextChangeAt !== undefined) {
      const delay = Math.max(0, state.nextChangeAt - now());
      timers.set(
        taskId,
        setTimeout(() => tick(taskId), delay),
      );
    }
  }

  /** Callbacks of one task go out in order; each is best effort with a short timeout. */
  function queueCallback(taskId: string, url: string, body: Record<string, unknown>) {
    const previous = callbackChains.get(taskId) ?? Promise.resolve();
    const next = previous.then(() => postCallback(url, body));
    callbackChains.set(taskId, next);
    void next.then(() => {
      if (callbackChains.get(taskId) === next) callbackChains.delete(taskId);
    });
  }

  async function postCallback(url: string, body: Record<string, unknown>) {
    if (shutdown.signal.aborted || !/^https?:\/\//i.test(url)) return;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.any([AbortSignal.timeout(CALLBACK_TIMEOUT_MS), shutdown.signal]),
      });
      await response.body?.cancel();
    } catch {
      // Kling does not retry callbacks either; the receiver must poll as a fallback.
    }
  }

  return {
    track(record) {
      if (shutdown.signal.aborted) return;
      if (needsRender(record) && !rendering.has(record.taskId) && !queue.includes(record.taskId)) {
        queue.push(record.taskId);
        // A renderer may do synchronous setup work; let the create answer go out first.
        setImmediate(pump);
      }
      tick(record.taskId);
    },

    async close() {
      shutdown.abort();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      queue.length = 0;
      await Promise.allSettled([...rendering.values(), ...callbackChains.values()]);
    },
  };
}
