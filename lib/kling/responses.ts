/**
 * What Kling answers, read leniently: extra fields are kept out of the way (loose objects), numbers
 * that arrive as strings are accepted, and the result is one camelCase `KlingTask` the rest of the
 * studio uses. When Kling's answers change, this is the one place to follow them.
 */
import { z } from "zod";

export const TASK_STATUSES = ["submitted", "processing", "succeed", "failed"] as const;
export type KlingTaskStatus = (typeof TASK_STATUSES)[number];

type KlingVideo = { id: string; url: string; durationSec: number };

export type KlingTask = {
  taskId: string;
  status: KlingTaskStatus;
  statusMessage?: string;
  externalTaskId?: string;
  /** Unix milliseconds. */
  createdAt: number;
  updatedAt: number;
  videos: KlingVideo[];
  unitsCharged?: number;
};

/** Ids are opaque strings; some relays send numeric ids as JSON numbers. */
const idSchema = z.union([z.string().min(1), z.number().transform(String)]);

const numberLike = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, "not a decimal number")
    .transform(Number),
]);

const klingEnvelopeSchema = z.looseObject({
  code: z.number(),
  message: z.string().optional(),
  request_id: z.string().optional(),
  data: z.unknown().optional(),
});
export type KlingEnvelope = z.infer<typeof klingEnvelopeSchema>;

const videoSchema = z.looseObject({
  id: idSchema,
  url: z.string().min(1),
  duration: numberLike.optional(),
});

const klingTaskSchema = z.looseObject({
  task_id: idSchema,
  task_status: z.enum(TASK_STATUSES),
  task_status_msg: z.string().nullish(),
  task_info: z.looseObject({ external_task_id: z.string().nullish() }).nullish(),
  task_result: z.looseObject({ videos: z.array(videoSchema).nullish() }).nullish(),
  final_unit_deduction: numberLike.nullish(),
  created_at: numberLike,
  updated_at: numberLike.optional(),
});

export type ParseResult<T> = { ok: true; value: T } | { ok: false; detail: string };

export function parseEnvelope(json: unknown): ParseResult<KlingEnvelope> {
  const parsed = klingEnvelopeSchema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, detail: describeIssues(parsed.error) };
}

export function parseTask(data: unknown): ParseResult<KlingTask> {
  const parsed = klingTaskSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: normaliseTask(parsed.data) }
    : { ok: false, detail: `task: ${describeIssues(parsed.error)}` };
}

export function parseTaskList(data: unknown): ParseResult<KlingTask[]> {
  if (!Array.isArray(data)) return { ok: false, detail: "the task list is not an array" };
  const tasks: KlingTask[] = [];
  for (const [index, item] of data.entries()) {
    const task = parseTask(item);
    if (!task.ok) return { ok: false, detail: `item ${index}: ${task.detail}` };
    tasks.push(task.value);
  }
  return { ok: true, value: tasks };
}

/**
 * A callback body. The contract says it is the bare task object; an enveloped one is accepted too, as
 * some relays forward the query answer unchanged.
 */
export function parseCallbackBody(json: unknown): ParseResult<KlingTask> {
  const bare = parseTask(json);
  if (bare.ok) return bare;
  const envelope = klingEnvelopeSchema.safeParse(json);
  if (envelope.success && envelope.data.data !== undefined) {
    const inner = parseTask(envelope.data.data);
    if (inner.ok) return inner;
  }
  return bare;
}

function normaliseTask(wire: z.infer<typeof klingTaskSchema>): KlingTask {
  const task: KlingTask = {
    taskId: wire.task_id,
    status: wire.task_status,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at ?? wire.created_at,
    videos: (wire.task_result?.videos ?? []).map((video) => ({
      id: video.id,
      url: video.url,
      durationSec: video.duration ?? 0,
    })),
  };
  if (wire.task_status_msg) task.statusMessage = wire.task_status_msg;
  if (wire.task_info?.external_task_id) task.externalTaskId = wire.task_info.external_task_id;
  if (wire.final_unit_deduction !== undefined && wire.final_unit_deduction !== null) {
    task.unitsCharged = wire.final_unit_deduction;
  }
  return task;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
