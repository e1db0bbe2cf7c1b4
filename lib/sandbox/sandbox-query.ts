/**
 * The sandbox's read side: one task by id or external id (in the path or as `?external_task_id=`), and
 * the paged list, newest first. Queries use no concurrency slot.
 */
import "server-only";
import type { SandboxContext } from "./sandbox-context";
import { parseFaults } from "./sandbox-faults";
import { errorResponse, malformedJsonResponse, sleep, successResponse } from "./sandbox-http";
import { deriveTaskState, toWireTask } from "./sandbox-lifecycle";
import type { SandboxTaskRecord } from "./sandbox-store";

const PAGE_NUM_MAX = 1000;
const PAGE_SIZE_MAX = 500;
const PAGE_SIZE_DEFAULT = 30;

/** `GET /v1/videos/text2video/{id}`: the segment is a task id or, failing that, an external id. */
export async function handleQuery(input: { request: Request; ctx: SandboxContext; id: string }): Promise<Response> {
  const { request, ctx, id } = input;
  const record = ctx.store.get(id) ?? ctx.store.getByExternalId(id);
  if (!record) return errorResponse(1203, `Task ${JSON.stringify(id)} does not exist`);
  return answerTask({ request, ctx, record });
}

/** `GET /v1/videos/text2video`: by `external_task_id`, or the list (`pageNum`, `pageSize`). */
export async function handleListOrLookup(request: Request, ctx: SandboxContext): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const externalId = params.get("external_task_id");
  if (externalId !== null) {
    const record = ctx.store.getByExternalId(externalId);
    if (!record) return errorResponse(1203, `No task has external_task_id ${JSON.stringify(externalId)}`);
    return answerTask({ request, ctx, record });
  }
  const pageNum = readPageParam(params.get("pageNum"), { fallback: 1, max: PAGE_NUM_MAX });
  const pageSize = readPageParam(params.get("pageSize"), { fallback: PAGE_SIZE_DEFAULT, max: PAGE_SIZE_MAX });
  if (pageNum === undefined) return errorResponse(1201, `pageNum must be an integer from 1 to ${PAGE_NUM_MAX}`);
  if (pageSize === undefined) return errorResponse(1201, `pageSize must be an integer from 1 to ${PAGE_SIZE_MAX}`);

  const now = ctx.now();
  const origin = new URL(request.url).origin;
  const start = (pageNum - 1) * pageSize;
  const page = ctx.store
    .list()
    .slice(start, start + pageSize)
    .map((record) => toWireTask({ record, state: deriveTaskState(record, now), origin, basePath: ctx.basePath }));
  return successResponse(page);
}

async function answerTask(input: {
  request: Request;
  ctx: SandboxContext;
  record: SandboxTaskRecord;
}): Promise<Response> {
  const { request, ctx, record } = input;
  const faults = parseFaults(record.request.prompt);
  if (faults.slowQueryMs !== undefined) await sleep(faults.slowQueryMs, ctx.closing);
  if (faults.malformedQuery && ctx.counters.take(faults.malformedQuery.key, faults.malformedQuery.times)) {
    return malformedJsonResponse();
  }
  // Video URLs point at the host this query came in on, which is the one the caller can reach.
  const origin = new URL(request.url).origin;
  const state = deriveTaskState(record, ctx.now());
  return successResponse(toWireTask({ record, state, origin, basePath: ctx.basePath }));
}

function readPageParam(value: string | null, limits: { fallback: number; max: number }): number | undefined {
  if (value === null || value === "") return limits.fallback;
  if (!/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && number <= limits.max ? number : undefined;
}
