/**
 * How a step of a take's lifecycle ends, shared by every step (./advance.ts, ./finish.ts): saved under
 * this worker's lease, retried later with backoff, or failed with a reason a person can act on.
 */
import "server-only";
import { updateLeasedTake } from "@/lib/db/queries/take-leases";
import type { NewTake, Take } from "@/lib/db/schema";
import { KlingError } from "@/lib/kling/errors";
import type { WorkerContext } from "./context";
import { backoffMs, MAX_TRANSIENT_RETRIES } from "./schedule";

/** Schedules another try of the same step, or fails the take when transient errors will not stop. */
export async function retryLater(
  ctx: WorkerContext,
  take: Take,
  error: unknown,
  options: { status?: Take["status"]; unbounded?: boolean },
): Promise<Take> {
  const retryCount = take.retryCount + 1;
  if (!options.unbounded && retryCount > MAX_TRANSIENT_RETRIES) return failFromError(ctx, take, error);
  const message = error instanceof Error ? error.message : String(error);
  const waitingForSlot = error instanceof KlingError && error.klingCode === 1303;
  const maxMs = Math.min(ctx.retryMaxMs ?? Infinity, waitingForSlot ? 30_000 : 60_000);
  const delay = backoffMs(take.retryCount, { baseMs: ctx.retryBaseMs, maxMs });
  ctx.log("warn", "step failed; will retry", {
    takeId: take.id,
    status: take.status,
    retryCount,
    delayMs: delay,
    error: message,
  });
  return save(ctx, take, {
    status: options.status ?? take.status,
    retryCount,
    lastError: message,
    nextAttemptAt: new Date(ctx.now().getTime() + delay),
  });
}

export function failFromError(ctx: WorkerContext, take: Take, error: unknown): Promise<Take> {
  if (error instanceof KlingError) return failTake(ctx, take, { code: error.code, message: error.message });
  ctx.log("error", "step failed unexpectedly", {
    takeId: take.id,
    error: error instanceof Error ? error.stack : String(error),
  });
  const message = error instanceof Error && error.message ? error.message : "Unexpected error";
  return failTake(ctx, take, {
    code: "internal:take_failed",
    message: `This take could not be completed (${message}).`,
  });
}

export function failTake(
  ctx: WorkerContext,
  take: Take,
  failure: { code: string; message: string; upstreamStatus?: string; unitsCharged?: number },
): Promise<Take> {
  ctx.log("warn", "take failed", { takeId: take.id, code: failure.code, reason: failure.message });
  return save(ctx, take, {
    status: "failed",
    failureCode: failure.code,
    failureMessage: failure.message,
    upstreamStatus: failure.upstreamStatus ?? take.upstreamStatus,
    unitsCharged: failure.unitsCharged ?? take.unitsCharged,
    finishedAt: ctx.now(),
    pollCount: take.pollCount,
  });
}

/** Persists a step's result; throws when the lease was lost (another worker took over), ending this step. */
export async function save(ctx: WorkerContext, take: Take, patch: Partial<NewTake>): Promise<Take> {
  const row = await updateLeasedTake(ctx.db, { id: take.id, owner: ctx.owner, patch });
  if (!row) throw new LeaseLostError(take.id);
  return row;
}

export class LeaseLostError extends Error {
  constructor(id: string) {
    super(`lease on ${id} was lost`);
    this.name = "LeaseLostError";
  }
}
