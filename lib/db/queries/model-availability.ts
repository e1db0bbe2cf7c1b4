/** Models Kling refused for this account, and the queued takes such a refusal ends. */
import "server-only";
import { and, eq } from "drizzle-orm";
import type { ModelName } from "@/lib/kling/fields";
import type { Db } from "../client";
import { modelAvailability, type Take, takes } from "../schema";
import { noLiveLease } from "./take-leases";

export type ModelUnavailability = typeof modelAvailability.$inferSelect;

export async function listUnavailableModels(db: Db): Promise<ModelUnavailability[]> {
  return db.select().from(modelAvailability).orderBy(modelAvailability.modelName);
}

export async function getModelUnavailability(db: Db, model: ModelName): Promise<ModelUnavailability | undefined> {
  const [row] = await db.select().from(modelAvailability).where(eq(modelAvailability.modelName, model)).limit(1);
  return row;
}

/** Records (or refreshes) the mark; the first refusal's date is kept. */
export async function markModelUnavailable(db: Db, mark: ModelUnavailability): Promise<void> {
  await db
    .insert(modelAvailability)
    .values(mark)
    .onConflictDoUpdate({
      target: modelAvailability.modelName,
      set: { klingCode: mark.klingCode, message: mark.message },
    });
}

/** Clears the mark; true when there was one. */
export async function clearModelUnavailable(db: Db, model: ModelName): Promise<boolean> {
  const rows = await db.delete(modelAvailability).where(eq(modelAvailability.modelName, model)).returning();
  return rows.length > 0;
}

/**
 * Fails the queued takes of a model that no worker holds right now: they would only be refused. A take a
 * worker holds is checked by that worker before it sends anything.
 */
export async function failQueuedTakesOfModel(
  db: Db,
  options: { model: ModelName; code: string; message: string; now: Date },
): Promise<Take[]> {
  return db
    .update(takes)
    .set({
      status: "failed",
      failureCode: options.code,
      failureMessage: options.message,
      finishedAt: options.now,
      updatedAt: options.now,
    })
    .where(and(eq(takes.modelName, options.model), eq(takes.status, "queued"), noLiveLease(options.now)))
    .returning();
}
