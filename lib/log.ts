/**
 * The studio's one logger, for server actions, route handlers, the worker and start-up alike: one line
 * per event. In production (or with LOG_FORMAT=json) the line is JSON, `level`, `at` and `msg` first and
 * then the fields, for a log collector; otherwise it reads `LEVEL msg key=value …`, with an error's stack
 * on the lines below. An error in the fields keeps its name, message, code, stack and cause.
 */
import "server-only";
import { type LogFormat, logFormat } from "@/lib/env";

type LogLevel = "info" | "warn" | "error";

/** Context for one event; `level`, `at` and `msg` are the line's own names. */
type LogFields = Record<string, unknown>;

type LogEvent = { level: LogLevel; at: Date; msg: string; fields?: LogFields };

export const log = {
  info: (msg: string, fields?: LogFields) => write({ level: "info", at: new Date(), msg, fields }),
  warn: (msg: string, fields?: LogFields) => write({ level: "warn", at: new Date(), msg, fields }),
  error: (msg: string, fields?: LogFields) => write({ level: "error", at: new Date(), msg, fields }),
};

export function formatLogLine(event: LogEvent, format: LogFormat): string {
  return format === "json" ? jsonLine(event) : textLine(event);
}

function write(event: LogEvent): void {
  const line = formatLogLine(event, logFormat());
  if (event.level === "error") console.error(line);
  else if (event.level === "warn") console.warn(line);
  else console.info(line);
}

function jsonLine({ level, at, msg, fields }: LogEvent): string {
  const line = { level, at: at.toISOString(), msg, ...fields };
  try {
    return JSON.stringify(line, jsonValue);
  } catch (error) {
    // A field that cannot be written (a cycle) must not cost the event itself.
    return JSON.stringify({ level, at: line.at, msg, unwritable: String(error) });
  }
}

function jsonValue(_key: string, value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  if (typeof value === "bigint") return value.toString();
  return value;
}

type SerializedError = { name: string; message: string; code?: string; stack?: string; cause?: unknown };

function serializeError(error: Error, depth = 0): SerializedError {
  const serialized: SerializedError = { name: error.name, message: error.message };
  if ("code" in error && (typeof error.code === "string" || typeof error.code === "number")) {
    serialized.code = String(error.code);
  }
  if (error.stack) serialized.stack = error.stack;
  if (error.cause !== undefined && depth < 3) {
    serialized.cause = error.cause instanceof Error ? serializeError(error.cause, depth + 1) : error.cause;
  }
  return serialized;
}

function textLine({ level, msg, fields }: LogEvent): string {
  const parts = [level.toUpperCase().padEnd(5), msg];
  const stacks: string[] = [];
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    if (value instanceof Error) {
      parts.push(`${key}=${textValue(describeError(value))}`);
      stacks.push(...stackFrames(value));
    } else {
      parts.push(`${key}=${textValue(value)}`);
    }
  }
  return [parts.join(" "), ...stacks].join("\n");
}

function textValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint" || value === null) {
    return String(value);
  }
  try {
    return JSON.stringify(value, jsonValue) ?? String(value);
  } catch {
    return String(value);
  }
}

function describeError(error: Error): string {
  const code = "code" in error && typeof error.code === "string" ? ` [${error.code}]` : "";
  const cause = error.cause instanceof Error ? ` (cause: ${describeError(error.cause)})` : "";
  return `${error.name}${code}: ${error.message}${cause}`;
}

function stackFrames(error: Error): string[] {
  return (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => `    ${line.trim()}`);
}
