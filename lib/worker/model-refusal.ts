/**
 * Kling may refuse a model for this account at create time (1203 "does not exist" once it is retired,
 * or 1103 "no permission"), naming the model. The studio then marks the model unavailable, with the date
 * and Kling's words, fails the takes queued for it, and sends nothing more for it until an admin clears
 * the mark ("Check again" on the studio form). This works for any model, not only retired ones.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import {
  failQueuedTakesOfModel,
  getModelUnavailability,
  type ModelUnavailability,
  markModelUnavailable,
} from "@/lib/db/queries/model-availability";
import type { Take } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { isKlingError } from "@/lib/kling/errors";
import type { ModelName } from "@/lib/kling/fields";

export const MODEL_UNAVAILABLE_CODE = "kling:model_unavailable";

const MODEL_REFUSAL_CODES = new Set([1103, 1203]);

/** Kling's refusal of this model, or null when the error is something else. */
export function modelRefusalOf(error: unknown, model: ModelName): { klingCode: number; message: string } | null {
  if (!isKlingError(error) || error.klingCode === undefined || !MODEL_REFUSAL_CODES.has(error.klingCode)) return null;
  const said = error.serviceMessage?.trim() ?? "";
  if (!said.toLowerCase().includes(model.toLowerCase())) return null;
  return { klingCode: error.klingCode, message: said };
}

/** What a take of an unavailable model says. */
export function unavailableMessage(
  mark: Pick<ModelUnavailability, "modelName" | "message" | "unavailableSince">,
): string {
  const day = mark.unavailableSince.toISOString().slice(0, 10);
  return `Kling refused ${mark.modelName} for this account on ${day} ("${mark.message}"). Choose another model; an admin can use "Check again" on the studio form if that changes.`;
}

/** Records the refusal and fails the queued takes of the model; returns the takes it failed. */
export async function recordModelRefusal(
  db: Db,
  input: { model: ModelName; refusal: { klingCode: number; message: string }; now: Date },
): Promise<{ mark: ModelUnavailability; failed: Take[] }> {
  const mark: ModelUnavailability = {
    modelName: input.model,
    unavailableSince: input.now,
    klingCode: input.refusal.klingCode,
    message: input.refusal.message,
  };
  await markModelUnavailable(db, mark);
  const stored = (await getModelUnavailability(db, input.model)) ?? mark;
  const failed = await failQueuedTakesOfModel(db, {
    model: input.model,
    code: MODEL_UNAVAILABLE_CODE,
    message: unavailableMessage(stored),
    now: input.now,
  });
  return { mark: stored, failed };
}

/** Refuses a new take of a model Kling refused, with the reason on the Model field. */
export async function assertModelAvailable(db: Db, model: ModelName): Promise<void> {
  const mark = await getModelUnavailability(db, model);
  if (!mark) return;
  const message = unavailableMessage(mark);
  throw new AppError(MODEL_UNAVAILABLE_CODE, message, { status: 409, fieldErrors: { model_name: [message] } });
}
