/**
 * Several takes made in one go: N variations of the same settings, or a camera sweep (one take per
 * chosen axis and sign, e.g. pan +5 and pan −5). One schema for the studio form and the batch server
 * action; `expandBatch` turns a valid batch into the takes' parameters.
 */
import { z } from "zod";
import type { CameraControl } from "./camera-control";
import { AXIS_MAX, CAMERA_AXES, type CameraAxis, PROMPT_MAX } from "./fields";
import { finalPromptOf } from "./request";
import { type TakeParams, takeParamsSchema } from "./schema";

export const VARIATIONS_MIN = 1;
export const VARIATIONS_MAX = 8;

const variationsPlanSchema = z.object({
  kind: z.literal("variations"),
  count: z
    .number({ error: `Number of takes must be a whole number from ${VARIATIONS_MIN} to ${VARIATIONS_MAX}` })
    .int(`Number of takes must be a whole number from ${VARIATIONS_MIN} to ${VARIATIONS_MAX}`)
    .min(VARIATIONS_MIN, `Make at least ${VARIATIONS_MIN} take`)
    .max(VARIATIONS_MAX, `At most ${VARIATIONS_MAX} takes at once`),
});

const sweepPlanSchema = z.object({
  kind: z.literal("sweep"),
  axes: z
    .array(z.enum(CAMERA_AXES, { error: `Sweep axes must be among ${CAMERA_AXES.join(", ")}` }))
    .min(1, "Pick at least one axis to sweep")
    .refine((axes) => new Set(axes).size === axes.length, "Pick each axis at most once"),
  magnitude: z
    .number({ error: "Sweep size must be a number above 0 and at most 10" })
    .gt(0, "Sweep size must be above 0")
    .max(AXIS_MAX, "Sweep size must be at most 10"),
  /** also the negative direction of every axis: twice the takes */
  bothSigns: z.boolean(),
});

export const batchPlanSchema = z.discriminatedUnion("kind", [variationsPlanSchema, sweepPlanSchema], {
  error: "Batch kind must be variations or sweep",
});
export type BatchPlan = z.infer<typeof batchPlanSchema>;
export type SweepPlan = z.infer<typeof sweepPlanSchema>;

export const takeBatchSchema = z
  .object({ params: takeParamsSchema, plan: batchPlanSchema })
  .superRefine(({ params, plan }, ctx) => {
    if (plan.kind !== "sweep") return;
    // The sweep sets every take's move; a move of its own would be silently replaced.
    if (params.camera_intent) {
      ctx.addIssue({
        code: "custom",
        path: ["params", "camera_intent"],
        message: "A camera sweep sets each take's camera move; leave the camera movement at None",
      });
    }
    const longest = Math.max(
      ...sweepMoves(plan).map((move) => finalPromptOf({ ...params, camera_intent: move }).length),
    );
    if (longest > PROMPT_MAX) {
      ctx.addIssue({
        code: "custom",
        path: ["params", "prompt"],
        message: `With the sweep's camera directions the prompt reaches ${longest} characters; keep both under ${PROMPT_MAX} together`,
      });
    }
  });
export type TakeBatch = z.infer<typeof takeBatchSchema>;

/** The camera moves of a sweep, in axis order, positive before negative. */
export function sweepMoves(plan: Omit<SweepPlan, "kind">): CameraControl[] {
  const moves: CameraControl[] = [];
  for (const axis of CAMERA_AXES) {
    if (!plan.axes.includes(axis)) continue;
    moves.push(oneAxisMove(axis, plan.magnitude));
    if (plan.bothSigns) moves.push(oneAxisMove(axis, -plan.magnitude));
  }
  return moves;
}

/** How many takes a plan makes. */
export function batchSize(plan: BatchPlan): number {
  return plan.kind === "variations" ? plan.count : sweepMoves(plan).length;
}

/** Every take's parameters, in the order they are created. */
export function expandBatch(batch: TakeBatch): TakeParams[] {
  const { params, plan } = batch;
  if (plan.kind === "variations") return Array.from({ length: plan.count }, () => ({ ...params }));
  // Each take of a sweep hears its own move in the studio's words.
  return sweepMoves(plan).map((camera_intent) => ({ ...params, camera_intent, camera_sentence: undefined }));
}

function oneAxisMove(axis: CameraAxis, value: number): CameraControl {
  const config: Partial<Record<CameraAxis, number>> = {};
  config[axis] = value;
  return { type: "simple", config };
}
