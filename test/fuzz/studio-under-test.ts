/**
 * The whole studio in this test process, as `next start` would build it: lib/runtime.ts over a fresh
 * database (createTestDatabase: PGlite, or Postgres when DATABASE_URL is set), local storage in a temp
 * folder, and the built-in sandbox reachable on a loopback port (Kling calls are real HTTP). Three
 * members exist, each signed in through Better Auth, so a request can carry a real session cookie.
 */

import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAccountFromCommand } from "@/lib/auth/accounts";
import type { Role } from "@/lib/auth/permissions";
import { getRuntime, type Runtime } from "@/lib/runtime";
import { createTestDatabase } from "@/test/support/test-database";

export type Caller = Role | "signed-out";

export type StudioUnderTest = {
  runtime: Runtime;
  origin: string;
  userIds: Record<Role, string>;
  /** Request headers for `caller`: a session cookie for a member, nothing for signed-out. */
  headersFor(caller: Caller): Headers;
  close(): Promise<void>;
};

export const MEMBERS: Record<Role, { name: string; email: string; password: string }> = {
  admin: { name: "Fuzz Admin", email: "admin@fuzz.test", password: "admin-password-123" },
  creator: { name: "Fuzz Creator", email: "creator@fuzz.test", password: "creator-password-123" },
  reviewer: { name: "Fuzz Reviewer", email: "reviewer@fuzz.test", password: "reviewer-password-123" },
};

const globalState = globalThis as typeof globalThis & { __klingStudioRuntime?: Promise<Runtime> };

/** `env` adds to or overrides the studio's settings (e.g. a low STUDIO_TAKES_PER_MINUTE). */
export async function startStudioUnderTest(env: Record<string, string> = {}): Promise<StudioUnderTest> {
  const root = await mkdtemp(path.join(tmpdir(), "studio-under-test-"));
  const forwarder = await listen();
  const database = await createTestDatabase({ pgliteDir: path.join(root, "db") });
  const settings: Record<string, string> = {
    STUDIO_DATA_DIR: root,
    PORT: String(forwarder.port),
    SANDBOX_SUBMITTED_MS: "200",
    SANDBOX_PROCESSING_MS: "200",
    ...env,
  };
  if (database.options.kind === "postgres") settings.DATABASE_URL = database.options.url;
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  globalState.__klingStudioRuntime = undefined;
  const runtime = await getRuntime();
  forwarder.use(runtime);

  const userIds = {} as Record<Role, string>;
  const cookies = {} as Record<Role, string>;
  for (const role of ["admin", "creator", "reviewer"] as const) {
    const { user } = await createAccountFromCommand(runtime.database.db, { ...MEMBERS[role], role });
    userIds[role] = user.id;
    cookies[role] = await signIn(runtime, role);
  }
  const origin = `http://127.0.0.1:${forwarder.port}`;

  return {
    runtime,
    origin,
    userIds,
    headersFor(caller) {
      const headers = new Headers({ "user-agent": "fuzz", origin });
      if (caller !== "signed-out") headers.set("cookie", cookies[caller]);
      return headers;
    },
    async close() {
      await runtime.worker.stop();
      await runtime.sandbox?.close();
      await forwarder.close();
      await runtime.database.close();
      globalState.__klingStudioRuntime = undefined;
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await database.drop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function signIn(runtime: Runtime, role: Role): Promise<string> {
  const { email, password } = MEMBERS[role];
  const response = await runtime.auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!response.ok || !cookie) throw new Error(`signing in the ${role} failed with ${response.status}`);
  return cookie;
}

/** A loopback HTTP server that hands requests to the runtime's sandbox, as /sandbox does in the studio. */
async function listen(): Promise<{ port: number; use(runtime: Runtime): void; close(): Promise<void> }> {
  let runtime: Runtime | undefined;
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(Buffer.from(chunk));
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
      const method = req.method ?? "GET";
      const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
      const sandbox = runtime?.sandbox;
      const response = sandbox
        ? await sandbox.handle(new Request(`http://${req.headers.host}${req.url}`, { method, headers, body }))
        : Response.json({ code: 1202, message: "no sandbox" }, { status: 404 });
      res.statusCode = response.status;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    use(value) {
      runtime = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
