/**
 * The worker that moves every unfinished take forward with no browser open. Started with the server;
 * each round leases due takes (several processes may share one database), runs one step of each, and
 * keeps the leases of long steps (downloads) alive. After a crash, expired leases make takes claimable again.
 *
 * Between rounds it sleeps until the earliest take falls due (never longer than `tickMs`), so a due poll
 * goes out on time instead of up to a tick late; new work, a callback and every finished step wake it.
 */
import { claimDueTakes, countUpstreamActive, extendLeases, releaseLease } from "@/lib/db/queries/take-leases";
import "server-only";
import { nextDueAt } from "@/lib/db/queries/take-schedule";
import type { Take } from "@/lib/db/schema";
import { isActiveStatus } from "@/lib/takes/statuses";
import { advanceTake } from "./advance";
import type { WorkerContext } from "./context";
import { LeaseLostError } from "./steps";

export type WorkerOptions = {
  /**
   * The longest sleep between rounds: the safety net for work this process is not told about (takes
   * created or leases freed by another process). Rounds otherwise run when a take falls due.
   */
  tickMs: number;
  /** Takes held upstream at once (the account's concurrency); the rest wait in our queue. */
  maxUpstreamActive: number;
  /** Steps running at once in this process. */
  maxInFlight?: number;
  leaseMs?: number;
};

export type TakeWorker = {
  start(): void;
  /** Run a round now (a new take, a callback) instead of waiting for the next tick. */
  wake(): void;
  stop(): Promise<void>;
  /**
   * Calls `listener` after each step of this process that changed what a person sees of a take (its
   * status, error or video), so a waiting status request can answer at once. Returns the unsubscribe.
   */
  onStep(listener: () => void): () => void;
  /** Runs one step of a take this process already leased (the server action's immediate submit). */
  runLeased(take: Take): Promise<Take>;
  readonly inFlight: number;
  /** How long a lease of this worker lasts (STUDIO_WORKER_LEASE_MS); its heartbeat renews leases within it. */
  readonly leaseMs: number;
  /** Resolves when no step is running; for tests and graceful shutdown. */
  idle(): Promise<void>;
};

/** Rounds are never planned closer than this, even for a take already overdue (e.g. leased elsewhere). */
const MIN_SLEEP_MS = 20;

export function createTakeWorker(ctx: WorkerContext, options: WorkerOptions): TakeWorker {
  const leaseMs = options.leaseMs ?? 60_000;
  const maxInFlight = options.maxInFlight ?? 8;
  const running = new Map<string, Promise<unknown>>();
  const stepListeners = new Set<() => void>();
  let timer: NodeJS.Timeout | undefined;
  /** When the planned round will run. */
  let plannedAt = Infinity;
  /** A due time learned outside a round (runLeased's step), kept until a round that can see it starts. */
  let hintAt = Infinity;
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
    hintAt = Infinity;
    try {
      let sleepMs = options.tickMs;
      do {
        roundAgain = false;
        sleepMs = await claimAndRun();
      } while (roundAgain && !stopped);
      planRound(sleepMs);
    } catch (error) {
      ctx.log("error", "worker round failed", { error: error instanceof Error ? error.message : String(error) });
      planRound(options.tickMs);
    } finally {
      roundRunning = false;
    }
  }

  /** Claims and starts what is due; returns how long to sleep before the next round. */
  async function claimAndRun(): Promise<number> {
    const now = ctx.now();
    const free = maxInFlight - running.size;
    const active = await claimDueTakes(ctx.db, { owner: ctx.owner, leaseMs, limit: free, now, queued: false });
    active.forEach(launch);
    const upstreamFree = options.maxUpstreamActive - (await countUpstreamActive(ctx.db));
    const slots = Math.min(maxInFlight - running.size, upstreamFree);
    const queued = await claimDueTakes(ctx.db, { owner: ctx.owner, leaseMs, limit: slots, now, queued: true });
    queued.forEach(launch);
    // Full: a finishing step starts the next round.
    if (running.size >= maxInFlight) return options.tickMs;
    const due = await nextDueAt(ctx.db, { now: ctx.now(), includeQueued: upstreamFree - queued.length > 0 });
    if (!due) return options.tickMs;
    return Math.min(options.tickMs, Math.max(MIN_SLEEP_MS, due.getTime() - ctx.now().getTime()));
  }

  function planRound(sleepMs: number) {
    clearTimeout(timer);
    if (stopped) return;
    const delay = Math.max(MIN_SLEEP_MS, Math.min(sleepMs, hintAt - Date.now()));
    plannedAt = Date.now() + delay;
    timer = setTimeout(() => void round(), delay);
    timer.unref?.();
  }

  /** Makes sure a round runs by `at`, without running one now (no query, no transaction). */
  function planBy(at: Date) {
    hintAt = Math.min(hintAt, at.getTime());
    if (!roundRunning && at.getTime() < plannedAt) planRound(at.getTime() - Date.now());
  }

  function stepFinished(before: Take, after: Take | undefined) {
    // A poll that found the task still running changes nothing visible: waiting requests stay asleep.
    if (
      !after ||
      (after.status === before.status && after.lastError === before.lastError && after.videoKey === before.videoKey)
    ) {
      return;
    }
    for (const listener of stepListeners) {
      try {
        listener();
      } catch {
        // A listener's failure is its own; the worker goes on.
      }
    }
  }

  function launch(take: Take) {
    const step = runStep(take).then((after) => {
      running.delete(take.id);
      stepFinished(take, after);
      // A finished step may have freed an upstream slot or left the take due again soon.
      if (!stopped) setImmediate(() => void round());
    });
    running.set(take.id, step);
  }

  async function runStep(take: Take): Promise<Take | undefined> {
    try {
      return await advanceTake(ctx, take);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) {
        ctx.log("error", "take step crashed", {
          takeId: take.id,
          error: error instanceof Error ? error.stack : String(error),
        });
      }
      return undefined;
    } finally {
      await releaseLease(ctx.db, { id: take.id, owner: ctx.owner }).catch(() => undefined);
    }
  }

  return {
    leaseMs,
    start() {
      if (!stopped) return;
      stopped = false;
      heartbeat = setInterval(() => {
        const ids = [...running.keys()];
        void extendLeases(ctx.db, { ids, owner: ctx.owner, until: new Date(ctx.now().getTime() + leaseMs) }).catch(
          () => undefined,
        );
      }, leaseMs / 3);
      heartbeat.unref?.();
      void round();
    },
    wake() {
      void round();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(heartbeat);
      await Promise.allSettled(running.values());
    },
    onStep(listener) {
      stepListeners.add(listener);
      return () => stepListeners.delete(listener);
    },
    async runLeased(take) {
      const step = runStep(take);
      running.set(take.id, step);
      let after: Take | undefined;
      try {
        after = await step;
        return after ?? take;
      } finally {
        running.delete(take.id);
        stepFinished(take, after);
        // The step planned the take's next attempt (its first poll): wake by then, not a whole tick later.
        if (!stopped && after && isActiveStatus(after.status)) planBy(after.nextAttemptAt);
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
