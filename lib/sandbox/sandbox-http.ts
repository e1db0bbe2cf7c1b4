/**
 * The sandbox's answers in Kling's envelope, with the contract's HTTP status for each code, and the
 * small request-reading helpers every route shares.
 */
import { randomUUID } from "node:crypto";
import type { KlingErrorNumber } from "@/lib/kling/error-codes";
import { KLING_ERROR_TABLE } from "@/lib/kling/error-codes";

/** Far above any valid create body (the prompts are ≤ 2,500 characters each). */
export const MAX_BODY_BYTES = 64 * 1024;

export function successResponse(data: unknown): Response {
  return jsonResponse({ code: 0, message: "SUCCEED", request_id: randomUUID(), data }, 200);
}

export function errorResponse(code: KlingErrorNumber, message?: string, headers?: HeadersInit): Response {
  const spec = KLING_ERROR_TABLE[code];
  return jsonResponse(
    { code, message: message ?? spec.meaning, request_id: randomUUID(), data: null },
    spec.httpStatus,
    headers,
  );
}

/** A 200 whose body is cut off mid-object, as a broken proxy would send it. */
export function malformedJsonResponse(): Response {
  return new Response('{"code":0,"message":"SUCCEED","data":{"task_id":"', {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

function jsonResponse(body: unknown, status: number, headers?: HeadersInit): Response {
  const response = new Response(JSON.stringify(body), { status, headers });
  response.headers.set("Content-Type", "application/json; charset=utf-8");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** The JSON body of a request, refusing oversized and unparseable bodies with 400/1200 as Kling does. */
export async function readJsonBody(request: Request): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: errorResponse(1200, "Request body is too large") };
  let text: string;
  try {
    text = await readLimitedText(request, MAX_BODY_BYTES);
  } catch {
    return { ok: false, response: errorResponse(1200, "Request body is too large or could not be read") };
  }
  if (text.trim() === "") return { ok: false, response: errorResponse(1200, "Request body is empty") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: errorResponse(1200, "Request body is not valid JSON") };
  }
}

async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error("body too large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Waits `ms`, or less when the sandbox closes, so a delayed answer never holds a shutdown. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
