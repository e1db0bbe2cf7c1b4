import { once } from "node:events";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { SANDBOX_JWT, sandboxPerFile } from "@/test/support/sandbox-test-kit";
import type { KlingClientOptions } from "./client";
import { createKlingClient } from "./client";
import { KLING_ERROR_NUMBERS, KLING_ERROR_TABLE } from "./error-codes";
import { KlingError } from "./errors";

const sandbox = sandboxPerFile({ maxConcurrentTasks: 1000 });

function client(options: Partial<KlingClientOptions> = {}) {
  return createKlingClient({ baseUrl: sandbox().url, auth: SANDBOX_JWT, timeoutMs: 5_000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<KlingError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof KlingError)) throw new Error(`expected a KlingError, got ${String(error)}`);
  return error;
}

/** A small HTTP server answering like a relay with its own ideas, for shapes the sandbox never sends. */
async function startRelay(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!isAddressInfo(address)) throw new Error("the relay did not bind a TCP port");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}/kling`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function isAddressInfo(address: string | AddressInfo | null): address is AddressInfo {
  return typeof address === "object" && address !== null;
}

function envelope(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

describe("Kling client error mapping over HTTP", () => {
  it("maps every code of the contract's table, answered by the sandbox, to its typed error", async () => {
    const kling = client();
    for (const code of KLING_ERROR_NUMBERS) {
      const spec = KLING_ERROR_TABLE[code];
      // 1003/1004 are retried once after re-signing, so they must be answered twice to surface.
      const times = code === 1003 || code === 1004 ? 2 : 1;
      const error = await failure(kling.createTask({ prompt: `Mapped ${code} [sandbox:error=${code}x${times}]` }));
      expect(error.code, String(code)).toBe(spec.code);
      expect(error.retryable, String(code)).toBe(spec.retryable);
      expect(error.klingCode).toBe(code);
      expect(error.httpStatus).toBe(spec.httpStatus);
      expect(error.outcomeUnknown).toBe(false);
      expect(error.requestId).toEqual(expect.any(String));
      if (code === 1200 || code === 1201 || code === 1300 || code === 1301) {
        expect(error.message, String(code)).toContain("sandbox fault injection");
      }
    }
  });

  it("refuses a prompt with the content filter's message and the service's detail", async () => {
    const error = await failure(client().createTask({ prompt: "Something [sandbox:refuse]" }));
    expect(error.code).toBe("kling:content_safety");
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^Kling's content filter refused this prompt — rephrase it and try again \(.+\)$/);
  });

  it("reports the camera rule with Kling's own wording", async () => {
    const error = await failure(
      client().createTask({
        model_name: "kling-v1-6",
        prompt: "A bridge",
        camera_control: { type: "simple", config: { zoom: 3 } },
      }),
    );
    expect(error).toMatchObject({ code: "kling:invalid_request", klingCode: 1201, retryable: false });
    expect(error.message).toContain("camera_control is only supported in std mode with 5s duration and kling-v1");
  });

  it("times out a create whose answer hangs, marks the outcome unknown, and the task is findable", async () => {
    const kling = client({ timeoutMs: 300 });
    const started = Date.now();
    const error = await failure(
      kling.createTask({ prompt: "Lost answer [sandbox:slow-create=3000]", external_task_id: "timeout-1" }),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toMatchObject({ code: "kling:timeout", kind: "timeout", retryable: true, outcomeUnknown: true });
    const found = await client().getTaskByExternalId("timeout-1");
    expect(found?.externalTaskId).toBe("timeout-1");
  });

  it("times out a slow query", async () => {
    const created = await client().createTask({ prompt: "Slow [sandbox:slow-query=2000]" });
    const error = await failure(client({ timeoutMs: 200 }).getTask(created.taskId));
    expect(error.code).toBe("kling:timeout");
  });

  it("answers malformed JSON with kling:bad_response (outcome unknown for a create)", async () => {
    const created = await client().createTask({ prompt: "Garbled [sandbox:malformed-query]" });
    const query = await failure(client().getTask(created.taskId));
    expect(query).toMatchObject({ code: "kling:bad_response", outcomeUnknown: false, retryable: true });
    const create = await failure(client().createTask({ prompt: "Garbled create [sandbox:malformed-create]" }));
    expect(create).toMatchObject({ code: "kling:bad_response", outcomeUnknown: true });
  });

  it("reports a refused connection as a network error whose outcome is known", async () => {
    const relay = await startRelay((_req, res) => res.end());
    const url = relay.url;
    await relay.close();
    const error = await failure(client({ baseUrl: url }).createTask({ prompt: "Nobody home" }));
    expect(error).toMatchObject({ code: "kling:network", retryable: true, outcomeUnknown: false });
  });

  it("maps a proxy's HTML error page by its HTTP status (outcome unknown for a create), and a 200 of another shape to bad_response", async () => {
    const relay = await startRelay((req, res) => {
      if (req.method === "POST") {
        res.writeHead(502, { "Content-Type": "text/html" });
        res.end("<html><body>Bad gateway</body></html>");
      } else {
        envelope(res, 200, { status: "ok", result: { id: 1 } });
      }
    });
    try {
      const kling = client({ baseUrl: relay.url, auth: { kind: "api_key", apiKey: "sk" } });
      // The proxy may have passed the create on before failing, so the outcome is unknown.
      expect(await failure(kling.createTask({ prompt: "x" }))).toMatchObject({
        code: "kling:server_error",
        httpStatus: 502,
        retryable: true,
        outcomeUnknown: true,
      });
      expect(await failure(kling.getTask("1"))).toMatchObject({ code: "kling:bad_response" });
    } finally {
      await relay.close();
    }
  });
});

describe("Kling client against relays", () => {
  it("falls back to ?external_task_id= when the path form does not know external ids", async () => {
    const paths: string[] = [];
    const relay = await startRelay((req, res) => {
      paths.push(req.url ?? "");
      const url = new URL(req.url ?? "/", "http://relay");
      if (url.searchParams.get("external_task_id") === "ext-9") {
        envelope(res, 200, {
          code: 0,
          message: "SUCCEED",
          data: { task_id: "77", task_status: "processing", task_info: { external_task_id: "ext-9" }, created_at: 1 },
        });
      } else {
        envelope(res, 404, { code: 1203, message: "task not found", data: null });
      }
    });
    try {
      const kling = client({ baseUrl: relay.url, auth: { kind: "api_key", apiKey: "sk" } });
      expect(await kling.getTaskByExternalId("ext-9")).toMatchObject({ taskId: "77", status: "processing" });
      expect(paths).toEqual([
        "/kling/v1/videos/text2video/ext-9",
        "/kling/v1/videos/text2video?external_task_id=ext-9",
      ]);
      expect(await kling.getTaskByExternalId("ext-0")).toBeNull();
    } finally {
      await relay.close();
    }
  });

  it("fails clearly when a relay has no list endpoint or lists in another shape", async () => {
    const relay = await startRelay((req, res) => {
      if (req.url?.includes("pageSize=30")) {
        res.writeHead(404, { "Content-Type": "text/html" });
        res.end("<h1>Not Found</h1>");
      } else {
        envelope(res, 200, { code: 0, message: "SUCCEED", data: { list: [], total: 0 } });
      }
    });
    try {
      const kling = client({ baseUrl: relay.url, auth: { kind: "api_key", apiKey: "sk" } });
      for (const pageSize of [30, 10]) {
        const error = await failure(kling.listTasks({ pageNum: 1, pageSize }));
        expect(error).toMatchObject({ code: "kling:list_unsupported", retryable: false });
        expect(error.message).toMatch(/does not offer the task list/);
      }
    } finally {
      await relay.close();
    }
  });
});
