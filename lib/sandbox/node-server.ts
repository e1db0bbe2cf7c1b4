/**
 * Serves the sandbox's `Request → Response` handler on node:http, for the standalone CLI and for tests
 * (port 0 picks a free port). Bodies stream in both directions, so video ranges are sent as they are read.
 */
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { errorResponse, MAX_BODY_BYTES } from "./sandbox-http";
import type { Sandbox, SandboxOptions } from "./service";
import { createSandbox } from "./service";

export type SandboxServerOptions = SandboxOptions & { port: number; host?: string };

export type SandboxServer = {
  /** The base URL to give a Kling client: origin plus the sandbox's basePath. */
  url: string;
  origin: string;
  port: number;
  sandbox: Sandbox;
  /** HTTP requests received so far: tests prove that something never reached "Kling". */
  requestCount(): number;
  close(): Promise<void>;
};

export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const { port, host = "127.0.0.1", ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    void serve({ req, res, sandbox, fallbackHost: host });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = isAddressInfo(address) ? address.port : port;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`;
  const basePath = (sandboxOptions.basePath ?? "").replace(/\/+$/, "");

  return {
    url: `${origin}${basePath}`,
    origin,
    port: boundPort,
    sandbox,
    requestCount: () => requests,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Delayed answers (slow-create, slow-query) would otherwise keep their sockets open.
      server.closeAllConnections();
      await sandbox.close();
      await closed;
    },
  };
}

async function serve(input: { req: IncomingMessage; res: ServerResponse; sandbox: Sandbox; fallbackHost: string }) {
  const { req, res } = input;
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  try {
    const response = await toResponse(input, aborted.signal);
    await writeResponse(res, response, req.method === "HEAD");
  } catch {
    // The handler never throws for bad input; this is a broken socket or a sandbox bug.
    if (!res.headersSent && !res.destroyed) {
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ code: 5000, message: "Sandbox internal error", data: null }));
    } else {
      res.destroy();
    }
  }
}

async function toResponse(
  input: { req: IncomingMessage; sandbox: Sandbox; fallbackHost: string },
  signal: AbortSignal,
): Promise<Response> {
  const { req } = input;
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? input.fallbackHost}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const buffer = await readBody(req, MAX_BODY_BYTES);
    if (buffer === undefined) return errorResponse(1200, "Request body is too large");
    body = new Uint8Array(buffer);
  }
  return input.sandbox.handle(new Request(url, { method, headers, body, signal }));
}

/** The whole body, or undefined once it passes `maxBytes` (the rest is drained, not kept). */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    if (!Buffer.isBuffer(chunk)) continue;
    total += chunk.byteLength;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  }
  return tooLarge ? undefined : Buffer.concat(chunks);
}

async function writeResponse(res: ServerResponse, response: Response, headOnly: boolean) {
  res.statusCode = response.status;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (!response.body || headOnly) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on("close", () => {
    void reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (res.destroyed) return;
    if (!res.write(value))
      await new Promise<void>((resolve) => {
        res.once("drain", resolve);
        res.once("close", resolve);
      });
  }
  res.end();
}

function isAddressInfo(address: string | AddressInfo | null): address is AddressInfo {
  return typeof address === "object" && address !== null;
}
