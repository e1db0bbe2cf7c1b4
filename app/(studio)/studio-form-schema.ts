/**
 * The studio form's values: a take's parameters (the shared request schema, capability rules included)
 * plus how many takes to make. The batch part is validated by the same batch schema the server action
 * uses, so the form and the server refuse the same things with the same words.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { z } from "zod";
import { type BatchPlan, batchPlanSchema } from "@/lib/kling/batch.schema";
import { CAMERA_AXES, type CameraAxis } from "@/lib/kling/fields";
import { DEFAULT_PARAMS, type TakeParams, type TakeParamsInput, takeParamsSchema } from "@/lib/kling/schema";

export const BATCH_KINDS = ["single", "variations", "sweep"] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

/** Every batch setting is kept while switching kinds, so switching back finds them as they were. */
export type BatchSettings = {
  kind: BatchKind;
  count: number;
  axes: CameraAxis[];
  magnitude: number;
  bothSigns: boolean;
};

export const DEFAULT_BATCH: BatchSettings = {
  kind: "single",
  count: 4,
  axes: ["pan", "zoom"],
  magnitude: 5,
  bothSigns: true,
};

export type StudioValues = TakeParamsInput & { batch: BatchSettings };

export const DEFAULT_VALUES: StudioValues = {
  ...DEFAULT_PARAMS,
  camera_intent: undefined,
  camera_sentence: undefined,
  batch: DEFAULT_BATCH,
};

const batchSettingsSchema = z
  .object({
    kind: z.enum(BATCH_KINDS),
    // Empty number fields give NaN; only the chosen kind's fields are checked (below).
    count: z.number().or(z.nan()),
    axes: z.array(z.enum(CAMERA_AXES)),
    magnitude: z.number().or(z.nan()),
    bothSigns: z.boolean(),
  })
  .superRefine((settings, ctx) => {
    const plan = planOf(settings);
    if (!plan) return;
    const result = batchPlanSchema.safeParse(plan);
    if (result.success) return;
    for (const issue of result.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

export const studioFormSchema = takeParamsSchema.safeExtend({ batch: batchSettingsSchema });
export type StudioSubmission = z.output<typeof studioFormSchema>;

const baseResolver = zodResolver(studioFormSchema);

/** A sweep sets each take's move, so the single camera move is not validated (nor sent) then. */
export const studioResolver: Resolver<StudioValues, unknown, StudioSubmission> = (values, context, options) =>
  baseResolver(values.batch.kind === "sweep" ? { ...values, camera_intent: undefined } : values, context, options);

/** The batch to send, or null for a single take. */
export function planOf(settings: BatchSettings): BatchPlan | null {
  if (settings.kind === "variations") return { kind: "variations", count: settings.count };
  if (settings.kind === "sweep") {
    return { kind: "sweep", axes: settings.axes, magnitude: settings.magnitude, bothSigns: settings.bothSigns };
  }
  return null;
}

/** A take's settings as form values: what a remix opens with. */
export function toStudioValues(params: TakeParams): StudioValues {
  return { ...params, batch: DEFAULT_BATCH };
}
