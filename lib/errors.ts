/**
 * The studio's one error vocabulary. An AppError carries a code (`area:reason`), the HTTP status it maps
 * to, and a message a person can act on. Only AppErrors carry user-visible text; anything else is shown
 * as a generic message and logged with its context.
 */
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/errors";

type ErrorArea =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "kling"
  | "storage"
  | "database"
  | "config"
  | "internal";

export type ErrorCode = `${ErrorArea}:${string}`;

const STATUS_BY_AREA: Record<ErrorArea, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** A member asked too often (lib/rate-limit); the error says when to try again. */
  rate_limited: 429,
  kling: 502,
  storage: 503,
  database: 503,
  config: 500,
  internal: 500,
};

export type AppErrorOptions = {
  status?: number;
  retryable?: boolean;
  cause?: unknown;
  fieldErrors?: Record<string, string[]>;
  /** For 429 and 503: whole seconds until trying again makes sense (sent as Retry-After). */
  retryAfterSeconds?: number;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? STATUS_BY_AREA[areaOf(code)];
    this.retryable = options.retryable ?? false;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A failure as the person who asked meets it, for actions and route handlers alike: an AppError as it
 * is; a database that cannot be reached as `database:unavailable` (503, try again in a few seconds);
 * anything else as `internal:unexpected` with the generic message. Whatever was not an AppError
 * already deserves a log line with its context.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (isDatabaseUnavailable(error)) {
    return new AppError("database:unavailable", DATABASE_UNAVAILABLE_MESSAGE, {
      retryable: true,
      retryAfterSeconds: 5,
      cause: error,
    });
  }
  return new AppError("internal:unexpected", GENERIC_ERROR_MESSAGE, { cause: error });
}

function areaOf(code: ErrorCode): ErrorArea {
  const area = code.slice(0, code.indexOf(":"));
  return area in STATUS_BY_AREA ? (area as ErrorArea) : "internal";
}
