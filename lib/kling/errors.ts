/**
 * Kling's answers as the studio's typed errors. Every code of the contract's table has a message a
 * person can act on; `retryable` says whether the take worker may try again, and `outcomeUnknown` says
 * the request may have reached Kling, so a create must be looked up (by external id) before resubmitting.
 */

import type { ErrorCode } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import type { KlingCodeSpec, KlingErrorKind } from "./error-codes";
import { klingCodeSpec } from "./error-codes";

export type { KlingErrorKind } from "./error-codes";

export type KlingErrorOptions = {
  kind: KlingErrorKind;
  retryable: boolean;
  outcomeUnknown?: boolean;
  klingCode?: number;
  httpStatus?: number;
  requestId?: string;
  /** Kling's own `message`, kept apart from the user-facing text for logs. */
  serviceMessage?: string;
  /** The status the studio answers with when this error reaches its own API. */
  status?: number;
  cause?: unknown;
};

export class KlingError extends AppError {
  readonly kind: KlingErrorKind;
  readonly outcomeUnknown: boolean;
  readonly klingCode?: number;
  readonly httpStatus?: number;
  readonly requestId?: string;
  readonly serviceMessage?: string;

  constructor(code: ErrorCode, message: string, options: KlingErrorOptions) {
    super(code, message, {
      status: options.status ?? appStatusFor(options.kind, options.httpStatus),
      retryable: options.retryable,
      cause: options.cause,
    });
    this.name = "KlingError";
    this.kind = options.kind;
    this.outcomeUnknown = options.outcomeUnknown ?? false;
    this.klingCode = options.klingCode;
    this.httpStatus = options.httpStatus;
    this.requestId = options.requestId;
    this.serviceMessage = options.serviceMessage;
  }
}

export function isKlingError(error: unknown): error is KlingError {
  return error instanceof KlingError;
}

export type KlingAnswer = {
  httpStatus: number;
  /** The envelope's `code`, when the answer had one. */
  klingCode?: number;
  serviceMessage?: string;
  requestId?: string;
  /** Set when the answer did not come from Kling itself (a proxy's 502/504 to a create, say). */
  outcomeUnknown?: boolean;
};

/** The typed error for an answer that carries an error code (or only a failing HTTP status). */
export function klingErrorFromAnswer(answer: KlingAnswer): KlingError {
  const spec = answer.klingCode === undefined ? undefined : klingCodeSpec(answer.klingCode);
  const resolved = spec ?? specForHttpStatus(answer.httpStatus);
  const detail = cleanDetail(answer.serviceMessage);
  const message = userMessageFor({
    klingCode: answer.klingCode,
    spec: resolved,
    detail,
    httpStatus: answer.httpStatus,
  });
  return new KlingError(resolved.code, message, {
    kind: resolved.kind,
    retryable: resolved.retryable,
    klingCode: answer.klingCode,
    httpStatus: answer.httpStatus,
    requestId: answer.requestId,
    serviceMessage: answer.serviceMessage,
    outcomeUnknown: answer.outcomeUnknown,
  });
}

export function klingTimeoutError(options: { timeoutMs: number; method: string; path: string; cause?: unknown }) {
  const creating = options.method === "POST";
  return new KlingError(
    "kling:timeout",
    creating
      ? `Kling did not answer within ${formatSeconds(options.timeoutMs)}. The clip may still have been created; the studio checks before trying again.`
      : `Kling did not answer within ${formatSeconds(options.timeoutMs)}. Try again in a moment.`,
    { kind: "timeout", retryable: true, outcomeUnknown: true, cause: options.cause },
  );
}

/**
 * A failure below HTTP. When the connection was refused or the host unknown, the request never left,
 * so the outcome is known (nothing happened); otherwise it may have been received.
 */
export function klingNetworkError(options: { method: string; cause: unknown }) {
  const neverSent = isConnectFailure(options.cause);
  return new KlingError(
    "kling:network",
    neverSent
      ? "The studio could not reach Kling (connection refused or unknown host). Check the configured base URL and the network."
      : "The connection to Kling broke before an answer arrived. Try again in a moment.",
    { kind: "network", retryable: true, outcomeUnknown: !neverSent, cause: options.cause },
  );
}

/** An answer the studio cannot read: not JSON, or not the shape of the contract. */
export function klingBadResponse(options: {
  detail: string;
  method: string;
  httpStatus?: number;
  requestId?: string;
  cause?: unknown;
}) {
  return new KlingError("kling:bad_response", `Kling answered in a form the studio cannot read (${options.detail}).`, {
    kind: "bad_response",
    retryable: true,
    // A create may have gone through even though its answer is unreadable.
    outcomeUnknown: options.method === "POST",
    httpStatus: options.httpStatus,
    requestId: options.requestId,
    cause: options.cause,
  });
}

function userMessageFor(input: {
  klingCode?: number;
  spec: KlingCodeSpec;
  detail: string | undefined;
  httpStatus: number;
}): string {
  const withDetail = (text: string) => (input.detail ? `${text} (${input.detail})` : text);
  switch (input.klingCode) {
    case 1000:
      return "Kling rejected the studio's credentials. Check the access key and secret key (or the relay API key) in the settings.";
    case 1001:
      return "Kling received no credentials. Configure an access key and secret key (or a relay API key).";
    case 1002:
      return "Kling says the credentials are invalid. Check the keys, and that they belong to the configured host's region or console.";
    case 1003:
      return "Kling says the sign-in token is not valid yet; this server's clock may be off. Check the system clock, then try again.";
    case 1004:
      return "Kling says the sign-in token has expired. The studio signs a new one; try again.";
    case 1100:
      return "Kling reports a problem with the account. Check the account in Kling's console.";
    case 1101:
      return "The Kling account is in arrears. Top it up in Kling's console, then try again.";
    case 1102:
      return "The Kling resource pack is used up or expired. Add units in Kling's console, then try again.";
    case 1103:
      return "This Kling account has no permission for this model or API. Choose another model, or enable it in Kling's console.";
    case 1200:
    case 1201:
      return withDetail("Kling refused the request's parameters — adjust the settings and try again");
    case 1202:
      return "Kling does not offer this request (wrong method or path). Check the configured base URL.";
    case 1203:
      return withDetail("Kling could not find what was asked for");
    case 1300:
      return withDetail("Kling's platform policy refused this request — change the prompt and try again");
    case 1301:
      return withDetail("Kling's content filter refused this prompt — rephrase it and try again");
    case 1302:
      return "Kling is receiving requests too quickly. The studio waits and tries again.";
    case 1303:
      return "All of the Kling account's parallel task slots are busy. The studio queues the clip and tries again.";
    case 1304:
      return "Kling refused the request under its IP whitelist policy. Add this server's address to the whitelist in Kling's console.";
    case 5000:
      return "Kling had an internal error. Try again in a moment.";
    case 5001:
      return "Kling is under maintenance. Try again later.";
    case 5002:
      return "Kling's queue is backed up and the request timed out there. Try again in a few minutes.";
    default:
      return withDetail(fallbackMessage(input.spec, input.httpStatus));
  }
}

/** Codes the contract does not list: judged by the HTTP status alone. */
function specForHttpStatus(httpStatus: number): KlingCodeSpec {
  if (httpStatus === 401) {
    return { httpStatus, code: "kling:auth_failed", kind: "auth", retryable: false, meaning: "authentication failed" };
  }
  if (httpStatus === 403) {
    return { httpStatus, code: "kling:forbidden", kind: "permission", retryable: false, meaning: "forbidden" };
  }
  if (httpStatus === 404 || httpStatus === 405) {
    return { httpStatus, code: "kling:not_found", kind: "not_found", retryable: false, meaning: "not found" };
  }
  if (httpStatus === 408) {
    return { httpStatus, code: "kling:timeout", kind: "timeout", retryable: true, meaning: "request timeout" };
  }
  if (httpStatus === 429) {
    return {
      httpStatus,
      code: "kling:rate_limited",
      kind: "rate_limit",
      retryable: true,
      meaning: "too many requests",
    };
  }
  if (httpStatus >= 400 && httpStatus < 500) {
    return {
      httpStatus,
      code: "kling:invalid_request",
      kind: "invalid_request",
      retryable: false,
      meaning: "request refused",
    };
  }
  if (httpStatus >= 500) {
    return { httpStatus, code: "kling:server_error", kind: "server", retryable: true, meaning: "server error" };
  }
  return {
    httpStatus,
    code: "kling:bad_response",
    kind: "bad_response",
    retryable: true,
    meaning: "unexpected answer",
  };
}

function fallbackMessage(spec: KlingCodeSpec, httpStatus: number): string {
  switch (spec.kind) {
    case "auth":
      return `Kling refused the credentials (HTTP ${httpStatus}). Check the keys in the settings`;
    case "permission":
      return `Kling refused access (HTTP ${httpStatus}). Check the account's permissions in Kling's console`;
    case "not_found":
      return `Kling could not find what was asked for (HTTP ${httpStatus})`;
    case "rate_limit":
      return `Kling is limiting requests (HTTP ${httpStatus}). The studio waits and tries again`;
    case "invalid_request":
      return `Kling refused the request (HTTP ${httpStatus})`;
    case "server":
      return `Kling had a server error (HTTP ${httpStatus}). Try again in a moment`;
    case "timeout":
      return `Kling timed out (HTTP ${httpStatus}). Try again in a moment`;
    default:
      return `Kling answered unexpectedly (HTTP ${httpStatus})`;
  }
}

/** The studio's own status for an upstream error: the ones a person can fix keep their meaning. */
function appStatusFor(kind: KlingErrorKind, httpStatus: number | undefined): number {
  switch (kind) {
    case "invalid_request":
    case "content_safety":
      return 400;
    case "rate_limit":
      return 429;
    case "timeout":
      return 504;
    case "server":
      return httpStatus === 503 ? 503 : 502;
    default:
      return 502;
  }
}

function cleanDetail(message: string | undefined): string | undefined {
  const trimmed = message?.trim();
  if (!trimmed) return undefined;
  // Bodies from proxies can be whole HTML pages; a detail is a sentence.
  return trimmed.length > 300 ? `${trimmed.slice(0, 297)}...` : trimmed;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

const CONNECT_FAILURE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function isConnectFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== "object") return false;
    if ("code" in current && typeof current.code === "string" && CONNECT_FAILURE_CODES.has(current.code)) return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}
