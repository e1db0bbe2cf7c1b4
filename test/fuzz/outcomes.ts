/**
 * What counts as a correct answer to hostile input. An action answers with an ActionResult (a refusal
 * has a non-empty message and, maybe, field errors as lists of strings) or with Next's redirect; it
 * never throws anything else, which Next would turn into a 500. A route answers below 500, and a
 * refusal is JSON in the expected error shape; a 429 says when to come back.
 */
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { isNextControlFlow } from "./next-boundaries";

export type ErrorShape = "studio" | "message";

export async function checkAction(run: () => Promise<unknown>): Promise<string | null> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (isNextControlFlow(error)) return null;
    return `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  if (result === undefined) return "returned nothing (an action answers with an ActionResult or a redirect)";
  if (typeof result !== "object" || result === null || !("ok" in result)) return `returned ${JSON.stringify(result)}`;
  if (result.ok === true) return "data" in result ? null : "ok without data";
  if (result.ok !== false) return `ok is ${String(result.ok)}`;
  const message = "message" in result ? result.message : undefined;
  if (typeof message !== "string" || message.trim() === "") return "a refusal without a message";
  // The generic message is what an unexpected error becomes: the action's 500.
  if (message === GENERIC_ERROR_MESSAGE) return "an unexpected error (the generic message): see the log above";
  const fieldErrors = "fieldErrors" in result ? result.fieldErrors : undefined;
  if (fieldErrors !== undefined) {
    if (typeof fieldErrors !== "object" || fieldErrors === null) return "fieldErrors is not an object";
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if (!Array.isArray(messages) || messages.some((text) => typeof text !== "string" || text === "")) {
        return `fieldErrors.${field} is not a list of messages`;
      }
    }
  }
  return null;
}

export async function checkResponse(response: unknown, shape: ErrorShape): Promise<string | null> {
  if (!(response instanceof Response)) return `answered with ${String(response)}, not a Response`;
  const { status } = response;
  if (status >= 500) return `status ${status}: ${await response.text().catch(() => "")}`.slice(0, 2000);
  if (status === 429 && !response.headers.get("retry-after") && !response.headers.get("x-retry-after")) {
    return "429 without Retry-After";
  }
  if (status < 400) {
    await response.body?.cancel();
    return null;
  }
  const text = await response.text();
  // 404/405/416 with no body are plain HTTP answers (Better Auth's unknown paths, an empty range).
  if (text === "" && (status === 404 || status === 405 || status === 416 || shape !== "studio")) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The sandbox's file server answers in plain words, as a CDN would.
    if (shape === "message" && text.trim() !== "") return null;
    return `status ${status} with a body that is not JSON: ${text.slice(0, 200)}`;
  }
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  if (shape === "studio") {
    const error = record.error;
    const ok =
      typeof error === "object" &&
      error !== null &&
      "code" in error &&
      "message" in error &&
      typeof error.code === "string" &&
      /^[a-z_]+:/.test(error.code) &&
      typeof error.message === "string" &&
      error.message.trim() !== "";
    return ok ? null : `status ${status} without {error:{code,message}}: ${text.slice(0, 300)}`;
  }
  const message = record.message;
  return typeof message === "string" && message.trim() !== ""
    ? null
    : `status ${status} without a message: ${text.slice(0, 300)}`;
}

/** An object literal must not have gained properties from a polluting key. */
export function prototypeIsClean(): string | null {
  const probe: Record<string, unknown> = {};
  return probe.polluted === undefined && Object.keys(Object.prototype).length === 0
    ? null
    : "Object.prototype was polluted";
}
