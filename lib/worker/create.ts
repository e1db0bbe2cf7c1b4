/** Storing new takes and sending them: the server actions' work, kept out of the actions themselves. */
import "server-only";
import { randomUUID } from "node:crypto";
import { recordActivity } from "@/lib/activity/record";
import type { Db } from "@/lib/db/client";
import { countVisibleTakesInShot } from "@/lib/db/queries/shots";
import { insertTakeRow } from "@/lib/db/queries/takes";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { MODEL_CAPABILITIES } from "@/lib/kling/capabilities";
import { estimateUnits } from "@/lib/kling/pricing";
import { buildText2VideoBody, cameraSentenceOf } from "@/lib/kling/request";
import type { TakeParams } from "@/lib/kling/schema";
import { assertWithinTakeRate } from "@/lib/rate-limit/take-rate";
import { assertBatchWithinSpendingCap, assertWithinSpendingCap } from "@/lib/spending/cap";
import type { WorkerContext } from "./context";
import { assertModelAvailable } from "./model-refusal";
import type { TakeWorker } from "./worker";

type Creation = {
  createdBy: string;
  /** The member who asked, for the activity feed; omitted by scripts and tests without accounts. */
  actorId?: string;
  /** What the feed says about how the take came to be, e.g. `{ retryOf: id }`. */
  activityDetail?: Record<string, unknown>;
  /** The member's limit on new takes a minute (STUDIO_TAKES_PER_MINUTE); omitted by scripts and tests. */
  takesPerMinute?: number;
  /**
   * The shot the new takes join (a remix joining its source's shot); omitted, the database gives a take
   * a shot of its own, or a batch one shot for all its takes.
   */
  shotId?: string;
};

export async function createTake(
  ctx: WorkerContext,
  worker: TakeWorker,
  options: Creation & { params: TakeParams; batchId?: string; submitNow?: boolean },
): Promise<Take> {
  const now = ctx.now();
  const submitNow = options.submitNow !== false;
  const units = estimateUnits(options.params);
  // The row exists (leased to us) before anything is sent, so the take survives whatever happens next.
  // The cap check and the insert share a transaction: the check's lock keeps two submissions from
  // both spending the team's last units.
  const take = await ctx.db.transaction(async (tx) => {
    await assertModelAvailable(tx, options.params.model_name);
    await assertShotToJoin(tx, options);
    await assertWithinSpendingCap(tx, { units, now });
    // After the cap: its row lock serializes this count with other processes' submissions.
    await assertTakeRate(tx, options, { takes: 1, now });
    return insertTake(tx, options, {
      params: options.params,
      units,
      now,
      batchId: options.batchId ?? null,
      lease: submitNow ? { owner: ctx.owner, until: new Date(now.getTime() + worker.leaseMs) } : null,
    });
  });
  if (!submitNow) {
    worker.wake();
    return take;
  }
  return worker.runLeased(take);
}

/**
 * A batch (variations or a camera sweep) stored all at once or not at all: one transaction checks the
 * whole batch against the cap and inserts every take. They are queued, not sent: the worker sends them
 * as the account's concurrency allows.
 */
export async function createTakeBatch(
  ctx: WorkerContext,
  worker: TakeWorker,
  options: Creation & { params: readonly TakeParams[] },
): Promise<Take[]> {
  const now = ctx.now();
  const batchId = randomUUID();
  const units = options.params.map(estimateUnits);
  const stored = await ctx.db.transaction(async (tx) => {
    for (const model of new Set(options.params.map((params) => params.model_name)))
      await assertModelAvailable(tx, model);
    await assertShotToJoin(tx, options);
    await assertBatchWithinSpendingCap(tx, { units, now });
    await assertTakeRate(tx, options, { takes: units.length, now });
    const stored: Take[] = [];
    for (const [index, params] of options.params.entries()) {
      stored.push(
        await insertTake(tx, options, {
          params,
          units: units[index] ?? estimateUnits(params),
          now,
          batchId,
          lease: null,
        }),
      );
    }
    return stored;
  });
  worker.wake();
  return stored;
}

async function assertTakeRate(tx: Db, creation: Creation, options: { takes: number; now: Date }): Promise<void> {
  if (creation.takesPerMinute === undefined) return;
  await assertWithinTakeRate(tx, { userId: creation.createdBy, perMinute: creation.takesPerMinute, ...options });
}

async function assertShotToJoin(tx: Db, creation: Creation): Promise<void> {
  if (creation.shotId === undefined) return;
  if ((await countVisibleTakesInShot(tx, creation.shotId)) > 0) return;
  throw new AppError(
    "not_found:shot",
    "The shot to join no longer exists (its takes were deleted or moved). Choose “Start a new shot” and generate again.",
  );
}

async function insertTake(
  tx: Db,
  creation: Creation,
  take: {
    params: TakeParams;
    units: number;
    now: Date;
    batchId: string | null;
    lease: { owner: string; until: Date } | null;
  },
): Promise<Take> {
  const { params, now } = take;
  const row = await insertTakeRow(tx, {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    createdBy: creation.createdBy,
    batchId: take.batchId,
    ...(creation.shotId ? { shotId: creation.shotId } : {}),
    modelName: params.model_name,
    prompt: params.prompt,
    negativePrompt: params.negative_prompt ?? "",
    cfgScale: params.cfg_scale,
    mode: params.mode,
    aspectRatio: params.aspect_ratio,
    duration: params.duration,
    sound: MODEL_CAPABILITIES[params.model_name].sound ? params.sound : null,
    cameraIntent: params.camera_intent ?? null,
    cameraSentence: cameraSentenceOf(params),
    requestBody: buildText2VideoBody(params),
    status: "queued",
    unitsEstimated: take.units,
    nextAttemptAt: now,
    leaseOwner: take.lease?.owner ?? null,
    leaseExpiresAt: take.lease?.until ?? null,
  });
  if (creation.actorId) {
    await recordActivity(tx, {
      actorId: creation.actorId,
      kind: "generated",
      takeId: row.id,
      at: now,
      detail: { ...creation.activityDetail, ...(take.batchId ? { batchId: take.batchId } : {}) },
    });
  }
  return row;
}
