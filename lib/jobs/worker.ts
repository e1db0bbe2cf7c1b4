/**
 * The worker that moves every unfinished job forward with no browser open. Started with the server;
 * each round leases due jobs (several processes may share one database), runs one step of each, and
 * keeps the leases of long steps (downloads) alive. After a crash, expired leases make jobs claimable again.
 */
import "server-only";
import {
  claimDueGenerations,
  countUpstreamActive,
  extendLeases,
  releaseLease,
} from "@/lib/db/queries/generations";
import type { Generation } from "@/lib/db/schema";
import { advanceGeneration, LeaseLostError } from "./advance";
import type { JobContext } from "./context";

export type WorkerOptions = {
  tickMs: number;
  /** Jobs held upstream at once (the account's concurrency); the rest wait in our queue. */
  maxUpstreamActive: number;
  /** Steps running at once in this process. */
  maxInFlight?: number;
  leaseMs?: number;
};

export type GenerationWorker = {
  start(): void;
  /** Run a round now (a new job, a callback) instead of waiting for the next tick. */
  wake(): void;
  stop(): Promise<void>;
  /** Runs one step of a job this process already leased (the server action's immediate submit). */
  runLeased(job: Generation): Promise<Generation>;
  readonly inFlight: number;
  /** Resolves when no step is running; for tests and graceful shutdown. */
  idle(): Promise<void>;
};

export function createGenerationWorker(ctx: JobContext, options: WorkerOptions): GenerationWorker {
  const leaseMs = options.leaseMs ?? 60_000;
  const maxInFlight = options.maxInFlight ?? 8;
  const running = new Map<string, Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let stopped = true;
  let roundRunning = false;
  let roundAgain = false;

  async function round() {
    if (stopped) return;
    if (roundRunning) {
      roundAgain = true;
      return;
    }
    roundRunning = true;
    try {
      do {
        roundAgain = false;
        await claimAndRun();
      } while (roundAgain && !stopped);
    } catch (error) {
      ctx.log("error", "worker round failed", { error: error instanceof Error ? error.message : String(error) });
    } finally {
      roundRunning = false;
    }
  }

  async function claimAndRun() {
    const now = ctx.now();
    const free = maxInFlight - running.size;
    const active = await claimDueGenerations(ctx.db, { owner: ctx.owner, leaseMs, limit: free, now, queued: false });
    active.forEach(launch);
    const slots = Math.min(
      maxInFlight - running.size,
      options.maxUpstreamActive - (await countUpstreamActive(ctx.db)),
    );
    const queued = await claimDueGenerations(ctx.db, { owner: ctx.owner, leaseMs, limit: slots, now, queued: true });
    queued.forEach(launch);
  }

  function launch(job: Generation) {
    const step = runStep(job).finally(() => {
      running.delete(job.id);
      // A finished step may have freed an upstream slot or left the job due again soon.
      if (!stopped) setImmediate(() => void round());
    });
    running.set(job.id, step);
  }

  async function runStep(job: Generation): Promise<Generation | undefined> {
    try {
      return await advanceGeneration(ctx, job);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) {
        ctx.log("error", "job step crashed", { jobId: job.id, error: error instanceof Error ? error.stack : String(error) });
      }
      return undefined;
    } finally {
      await releaseLease(ctx.db, { id: job.id, owner: ctx.owner }).catch(() => undefined);
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setInterval(() => void round(), options.tickMs);
      heartbeat = setInterval(() => {
        const ids = [...running.keys()];
        void extendLeases(ctx.db, { ids, owner: ctx.owner, until: new Date(ctx.now().getTime() + leaseMs) }).catch(
          () => undefined,
        );
      }, leaseMs / 3);
      timer.unref?.();
      heartbeat.unref?.();
      void round();
    },
    wake() {
      void round();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(heartbeat);
      await Promise.allSettled(running.values());
    },
    async runLeased(job) {
      const step = runStep(job);
      running.set(job.id, step);
      try {
        return (await step) ?? job;
      } finally {
        running.delete(job.id);
      }
    },
    get inFlight() {
      return running.size;
    },
    async idle() {
      while (running.size > 0 || roundRunning) {
        await Promise.allSettled([...running.values()]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
