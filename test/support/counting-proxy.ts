/**
 * A loopback HTTP proxy in front of a Kling-compatible service (the sandbox) that forwards every request
 * and counts them, and the task lookups (GET /v1/videos/text2video/{id}) per task: how the polling
 * tests and benchmark see what the worker asks upstream. It also keeps the body of every create, as
 * the service received it byte for byte.
 */
import { createServer, request as httpRequest } from "node:http";

export type CountingProxy = {
  url: string;
  /** Lookups of one task since the start (or the last reset). */
  lookups(taskId: string): number;
  /** Every request since the start (or the last reset). */
  total(): number;
  /** The raw bodies of the creates (POST /v1/videos/text2video) since the start (or the last reset). */
  createBodies(): string[];
  reset(): void;
  close(): Promise<void>;
};

export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  let lookups = new Map<string, number>();
  let total = 0;
  let createBodies: string[] = [];
  const server = createServer((req, res) => {
    total++;
    if (req.method === "POST" && /\/v1\/videos\/text2video\/?(\?|$)/.test(req.url ?? "")) {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => createBodies.push(Buffer.concat(chunks).toString("utf8")));
    }
    const match = /\/v1\/videos\/text2video\/([^/?]+)/.exec(req.url ?? "");
    if (req.method === "GET" && match) lookups.set(match[1], (lookups.get(match[1]) ?? 0) + 1);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the proxy has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    lookups: (taskId) => lookups.get(taskId) ?? 0,
    total: () => total,
    createBodies: () => [...createBodies],
    reset() {
      lookups = new Map();
      total = 0;
      createBodies = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
