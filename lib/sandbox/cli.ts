/**
 * Runs the sandbox standalone: `npm run sandbox -- --port 4010 --data-dir ./data/sandbox-standalone`.
 * Flags (all optional): --port, --host, --data-dir, --base-path, --submitted-ms, --processing-ms,
 * --max-concurrent. Prints the base URL and the credentials a client should use.
 */
import "server-only";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSandboxServer } from "./node-server";
import { SANDBOX_DEFAULT_AUTH, SANDBOX_DEFAULT_MAX_CONCURRENT_TASKS, SANDBOX_DEFAULT_TIMINGS } from "./service";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    "data-dir": { type: "string", default: "./data/sandbox-standalone" },
    "base-path": { type: "string", default: "" },
    "submitted-ms": { type: "string", default: String(SANDBOX_DEFAULT_TIMINGS.submittedMs) },
    "processing-ms": { type: "string", default: String(SANDBOX_DEFAULT_TIMINGS.processingMs) },
    "max-concurrent": { type: "string", default: String(SANDBOX_DEFAULT_MAX_CONCURRENT_TASKS) },
  },
});

const server = await startSandboxServer({
  port: wholeNumber("port", values.port),
  host: values.host,
  dataDir: path.resolve(values["data-dir"]),
  basePath: values["base-path"],
  timings: {
    submittedMs: wholeNumber("submitted-ms", values["submitted-ms"]),
    processingMs: wholeNumber("processing-ms", values["processing-ms"]),
  },
  maxConcurrentTasks: wholeNumber("max-concurrent", values["max-concurrent"]),
});

const auth = SANDBOX_DEFAULT_AUTH;
console.info(
  [
    `Kling sandbox listening on ${server.url}`,
    `  base URL      ${server.url}   (POST ${server.url}/v1/videos/text2video)`,
    `  JWT mode      access key "${auth.accessKey}", secret key "${auth.secretKey}"`,
    `  API key mode  Authorization: Bearer ${auth.apiKeys[0]}`,
    `  data          ${path.resolve(values["data-dir"])}`,
    `  fault markers docs/sandbox.md`,
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number (got "${value}")`);
    process.exit(2);
  }
  return Number(value);
}
