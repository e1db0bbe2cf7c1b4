/**
 * The studio's HTTP client for Kling's text-to-video API (official hosts, relays and the sandbox).
 * It makes one attempt per call: the only retry inside is the one the contract prescribes (sign a new
 * token after 1003/1004). Everything else — backoff, resubmitting, deadlines — is the worker's call,
 * guided by each KlingError's `retryable` and `outcomeUnknown`.
 */
import "server-only";
import { AppError } from "@/lib/errors";
import type { KlingAuth } from "./auth";
import { createTokenProvider } from "./auth";
import {
  isKlingError,
  KlingError,
  klingBadResponse,
  klingErrorFromAnswer,
  klingNetworkError,
  klingTimeoutError,
} from "./errors";
import type { KlingTask } from "./responses";
import { parseEnvelope, parseTask, parseTaskList } from "./responses";

const DEFAULT_TIMEOUT_MS = 30_000;
const PAGE_NUM_MAX = 1000;
const PAGE_SIZE_MAX = 500;
const TEXT2VIDEO_PATH = "/v1/videos/text2video";

export type KlingClientOptions = {
  /** e.g. `https://api-singapore.klingai.com`, or a relay's `https://relay.example/kling`. */
  baseUrl: string;
  auth: KlingAuth;
  /** Per request, covering the whole answer. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The clock used to sign tokens (ms); tests move it. */
  now?: () => number;
};

/** The wire body of a create, as `buildText2VideoBody` in lib/kling/request.ts builds it. */
type Text2VideoBody = Readonly<Record<string, unknown>>;

export type KlingClient = {
  createTask(body: Text2VideoBody): Promise<KlingTask>;
  getTask(taskId: string): Promise<KlingTask>;
  /** The task created with this `external_task_id`, or null when Kling has none. */
  getTaskByExternalId(externalId: string): Promise<KlingTask | null>;
  listTasks(page: { pageNum: number; pageSize: number }): Promise<KlingTask[]>;
};

type Call = { method: "GET" | "POST"; path: string; query?: Record<string, string>; body?: Text2VideoBody };
type Answer = { data: unknown; httpStatus: number; requestId?: string };

export function createKlingClient(options: KlingClientOptions): KlingClient {
  const base = parseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const tokens = createTokenProvider(options.auth, { now: options.now });

  async function call(request: Call): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const authorization = await tokens.authorization();
      try {
        return await send({ request, authorization, base, timeoutMs, fetchImpl });
      } catch (error) {
        // The contract's one retry: the token was refused as not-yet-valid or expired, so sign anew.
        const tokenRefused = isKlingError(error) && (error.klingCode === 1003 || error.klingCode === 1004);
        if (tokenRefused && attempt === 0 && options.auth.kind === "jwt") {
          tokens.invalidate();
          continue;
        }
        throw error;
      }
    }
  }

  async function callForTask(request: Call): Promise<KlingTask> {
    const answer = await call(request);
    const task = parseTask(answer.data);
    if (!task.ok) throw klingBadResponse({ detail: task.detail, method: request.method, requestId: answer.requestId });
    return task.value;
  }

  return {
    createTask(body) {
      return callForTask({ method: "POST", path: TEXT2VIDEO_PATH, body });
    },

    getTask(taskId) {
      return callForTask({ method: "GET", path: `${TEXT2VIDEO_PATH}/${encodeURIComponent(taskId)}` });
    },

    async getTaskByExternalId(externalId) {
      try {
        const task = await callForTask({ method: "GET", path: `${TEXT2VIDEO_PATH}/${encodeURIComponent(externalId)}` });
        // A service that reads the segment only as a task id could match another task by accident.
        if (task.externalTaskId === undefined || task.externalTaskId === externalId) return task;
      } catch (error) {
        if (!isKlingError(error) || (error.kind !== "not_found" && error.kind !== "invalid_request")) throw error;
      }
      let answer: Answer;
      try {
        answer = await call({ method: "GET", path: TEXT2VIDEO_PATH, query: { external_task_id: externalId } });
      } catch (error) {
        // Only Kling's own "does not exist" means no task; a bare 404 means the endpoint is missing.
        if (isKlingError(error) && error.kind === "not_found" && error.klingCode !== undefined) return null;
        throw error;
      }
      return taskFromExternalIdAnswer(answer, externalId);
    },

    async listTasks(page) {
      assertPage(page);
      let answer: Answer;
      try {
        answer = await call({
          method: "GET",
          path: TEXT2VIDEO_PATH,
          query: { pageNum: String(page.pageNum), pageSize: String(page.pageSize) },
        });
      } catch (error) {
        if (isKlingError(error) && (error.kind === "not_found" || error.kind === "bad_response")) {
          throw listUnsupported(error.message, error);
        }
        throw error;
      }
      if (!Array.isArray(answer.data)) throw listUnsupported("the answer's data is not a list of tasks");
      const tasks = parseTaskList(answer.data);
      if (!tasks.ok) throw klingBadResponse({ detail: tasks.detail, method: "GET", requestId: answer.requestId });
      return tasks.value;
    },
  };
}

async function send(input: {
  request: Call;
  authorization: string;
  base: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
}): Promise<Answer> {
  const { request } = input;
  const url = joinUrl(input.base, request.path, request.query);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), input.timeoutMs);
  let httpStatus: number;
  let text: string;
  try {
    const response = await input.fetchImpl(url, {
      method: request.method,
      headers: {
        Authorization: input.authorization,
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
      redirect: "follow",
    });
    httpStatus = response.status;
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) {
      throw klingTimeoutError({ timeoutMs: input.timeoutMs, method: request.method, path: request.path, cause: error });
    }
    throw klingNetworkError({ method: request.method, cause: error });
  } finally {
    clearTimeout(timer);
  }
  return readAnswer({ httpStatus, text, method: request.method });
}

function readAnswer(input: { httpStatus: number; text: string; method: string }): Answer {
  const { httpStatus, method } = input;
  const failed = httpStatus < 200 || httpStatus >= 300;
  // A gateway error without Kling's envelope came from a proxy in front of Kling: a create behind
  // it may have gone through.
  const outcomeUnknown = method === "POST" && (httpStatus >= 500 || httpStatus === 408);
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (cause) {
    // A proxy's HTML error page says nothing beyond its status.
    if (failed) throw klingErrorFromAnswer({ httpStatus, outcomeUnknown });
    throw klingBadResponse({ detail: "the body is not JSON", method, httpStatus, cause });
  }
  const envelope = parseEnvelope(json);
  if (!envelope.ok) {
    if (failed) throw klingErrorFromAnswer({ httpStatus, serviceMessage: messageOf(json), outcomeUnknown });
    throw klingBadResponse({ detail: `not a Kling envelope: ${envelope.detail}`, method, httpStatus });
  }
  const { code, message, request_id: requestId, data } = envelope.value;
  if (code !== 0) throw klingErrorFromAnswer({ httpStatus, klingCode: code, serviceMessage: message, requestId });
  if (failed) throw klingErrorFromAnswer({ httpStatus, serviceMessage: message, requestId });
  return { data, httpStatus, requestId };
}

function taskFromExternalIdAnswer(answer: Answer, externalId: string): KlingTask | null {
  if (answer.data === null || answer.data === undefined) return null;
  // Some services answer the query form like the list endpoint, with an array.
  if (Array.isArray(answer.data)) {
    const tasks = parseTaskList(answer.data);
    if (!tasks.ok) throw klingBadResponse({ detail: tasks.detail, method: "GET", requestId: answer.requestId });
    return tasks.value.find((task) => task.externalTaskId === externalId) ?? null;
  }
  const task = parseTask(answer.data);
  if (!task.ok) throw klingBadResponse({ detail: task.detail, method: "GET", requestId: answer.requestId });
  return task.value.externalTaskId === undefined || task.value.externalTaskId === externalId ? task.value : null;
}

function assertPage(page: { pageNum: number; pageSize: number }) {
  const problems: Record<string, string[]> = {};
  if (!Number.isInteger(page.pageNum) || page.pageNum < 1 || page.pageNum > PAGE_NUM_MAX) {
    problems.pageNum = [`pageNum must be a whole number from 1 to ${PAGE_NUM_MAX}`];
  }
  if (!Number.isInteger(page.pageSize) || page.pageSize < 1 || page.pageSize > PAGE_SIZE_MAX) {
    problems.pageSize = [`pageSize must be a whole number from 1 to ${PAGE_SIZE_MAX}`];
  }
  const messages = Object.values(problems).flat();
  if (messages.length > 0) {
    throw new KlingError("kling:invalid_request", messages.join("; "), {
      kind: "invalid_request",
      retryable: false,
      status: 400,
    });
  }
}

function listUnsupported(detail: string, cause?: unknown): KlingError {
  return new KlingError(
    "kling:list_unsupported",
    `This Kling endpoint does not offer the task list in the expected form (${detail}). Relays often lack it; the studio's own records still work.`,
    { kind: "unsupported", retryable: false, cause },
  );
}

function parseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AppError("config:kling_base_url", `The Kling base URL "${baseUrl}" is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("config:kling_base_url", `The Kling base URL must start with http:// or https://.`);
  }
  url.search = "";
  url.hash = "";
  return url.toString().replace(/\/+$/, "");
}

/** `{base}{path}` whether or not the base ends with a slash or carries a prefix such as `/kling`. */
export function joinUrl(base: string, path: string, query?: Record<string, string>): string {
  const url = new URL(`${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

function messageOf(json: unknown): string | undefined {
  if (typeof json === "object" && json !== null && "message" in json && typeof json.message === "string") {
    return json.message;
  }
  return undefined;
}
