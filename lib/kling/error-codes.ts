/**
 * The contract's error table as data: the HTTP status Kling answers with each code, the studio's error
 * code for it, and whether trying again can help. The client maps answers through it and the sandbox
 * answers from it, so the two cannot drift apart.
 */
import type { ErrorCode } from "@/lib/errors";

export type KlingErrorKind =
  | "auth"
  | "token"
  | "account"
  | "permission"
  | "invalid_request"
  | "not_found"
  | "content_safety"
  | "rate_limit"
  | "server"
  | "timeout"
  | "network"
  | "bad_response"
  | "unsupported";

export type KlingCodeSpec = {
  httpStatus: number;
  code: ErrorCode;
  kind: KlingErrorKind;
  retryable: boolean;
  /** Kling's own wording (or close to it); the sandbox answers with it. */
  meaning: string;
};

export const KLING_ERROR_TABLE = {
  1000: {
    httpStatus: 401,
    code: "kling:auth_failed",
    kind: "auth",
    retryable: false,
    meaning: "Authentication failed",
  },
  1001: {
    httpStatus: 401,
    code: "kling:auth_failed",
    kind: "auth",
    retryable: false,
    meaning: "Authorization is empty",
  },
  1002: {
    httpStatus: 401,
    code: "kling:auth_failed",
    kind: "auth",
    retryable: false,
    meaning: "Authorization is invalid",
  },
  1003: {
    httpStatus: 401,
    code: "kling:token_not_yet_valid",
    kind: "token",
    retryable: true,
    meaning: "Authorization is not yet valid",
  },
  1004: {
    httpStatus: 401,
    code: "kling:token_expired",
    kind: "token",
    retryable: true,
    meaning: "Authorization has expired",
  },
  1100: {
    httpStatus: 429,
    code: "kling:account_problem",
    kind: "account",
    retryable: false,
    meaning: "Account exception",
  },
  1101: { httpStatus: 429, code: "kling:arrears", kind: "account", retryable: false, meaning: "Account in arrears" },
  1102: {
    httpStatus: 429,
    code: "kling:resource_pack_exhausted",
    kind: "account",
    retryable: false,
    meaning: "Resource pack depleted or expired",
  },
  1103: {
    httpStatus: 403,
    code: "kling:forbidden",
    kind: "permission",
    retryable: false,
    meaning: "Unauthorized access to requested resource, such as API/model",
  },
  1200: {
    httpStatus: 400,
    code: "kling:invalid_request",
    kind: "invalid_request",
    retryable: false,
    meaning: "Invalid request parameters",
  },
  1201: {
    httpStatus: 400,
    code: "kling:invalid_request",
    kind: "invalid_request",
    retryable: false,
    meaning: "Invalid parameters",
  },
  1202: {
    httpStatus: 404,
    code: "kling:not_found",
    kind: "not_found",
    retryable: false,
    meaning: "Invalid request method",
  },
  1203: {
    httpStatus: 404,
    code: "kling:not_found",
    kind: "not_found",
    retryable: false,
    meaning: "Requested resource does not exist",
  },
  1300: {
    httpStatus: 400,
    code: "kling:content_safety",
    kind: "content_safety",
    retryable: false,
    meaning: "Trigger strategy of the platform",
  },
  1301: {
    httpStatus: 400,
    code: "kling:content_safety",
    kind: "content_safety",
    retryable: false,
    meaning: "Trigger the content security policy of the platform",
  },
  1302: {
    httpStatus: 429,
    code: "kling:rate_limited",
    kind: "rate_limit",
    retryable: true,
    meaning: "API request too fast, exceeding the rate limit",
  },
  1303: {
    httpStatus: 429,
    code: "kling:concurrency_limit",
    kind: "rate_limit",
    retryable: true,
    meaning: "parallel task over resource pack limit",
  },
  1304: {
    httpStatus: 429,
    code: "kling:ip_whitelist",
    kind: "permission",
    retryable: false,
    meaning: "Trigger the IP whitelist policy of the platform",
  },
  5000: {
    httpStatus: 500,
    code: "kling:server_error",
    kind: "server",
    retryable: true,
    meaning: "Server internal error",
  },
  5001: {
    httpStatus: 503,
    code: "kling:maintenance",
    kind: "server",
    retryable: true,
    meaning: "Server temporarily unavailable, usually due to maintenance",
  },
  5002: {
    httpStatus: 504,
    code: "kling:backlog_timeout",
    kind: "server",
    retryable: true,
    meaning: "Server internal timeout, usually due to a backlog",
  },
} as const satisfies Record<number, KlingCodeSpec>;

export type KlingErrorNumber = keyof typeof KLING_ERROR_TABLE;

export const KLING_ERROR_NUMBERS: readonly KlingErrorNumber[] = [
  1000, 1001, 1002, 1003, 1004, 1100, 1101, 1102, 1103, 1200, 1201, 1202, 1203, 1300, 1301, 1302, 1303, 1304, 5000,
  5001, 5002,
];

export function isKlingErrorNumber(code: number): code is KlingErrorNumber {
  return Object.hasOwn(KLING_ERROR_TABLE, code);
}

export function klingCodeSpec(code: number): KlingCodeSpec | undefined {
  return isKlingErrorNumber(code) ? KLING_ERROR_TABLE[code] : undefined;
}
