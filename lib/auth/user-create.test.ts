/**
 * `npm run user:create` as a real process: straight into the database when nothing holds it, and
 * through the studio's internal endpoint when a running studio holds the PGlite folder. The "running
 * studio" here is this test process: it holds the folder's lock and serves the endpoint's handler on
 * loopback, exactly as the route does.
 */
import { spawn } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/lib/db/auth-schema";
import { createDb, type DbHandle } from "@/lib/db/client";
import { createTestDatabase } from "@/test/support/test-database";
import { INTERNAL_ACCESS_FILE, type InternalAccess, openInternalAccess, readInternalAccess } from "./internal-access";
import { handleInternalUserCreate } from "./internal-users";
import { parseUserCreateArgs } from "./user-create-command";

const password = "a long enough password";

describe("user:create arguments", () => {
  it("names every bad argument and shows the usage", () => {
    expect(() => parseUserCreateArgs(["--email", "nope", "--password", "short", "--role", "boss"])).toThrow(
      /--email: Enter a valid email[\s\S]*--password: Use at least 10[\s\S]*--role: Choose admin, creator or reviewer[\s\S]*Usage:/,
    );
    expect(() => parseUserCreateArgs(["--email", "a@b.co", "--pasword", password])).toThrow(
      /Unknown option '--pasword'/,
    );
  });

  it("defaults the name to the address's local part", () => {
    expect(parseUserCreateArgs(["--email=Ana@Example.com", "--password", password, "--role", "admin"])).toEqual({
      email: "ana@example.com",
      name: "Ana",
      password,
      role: "admin",
    });
  });
});

describe("user:create with no studio running", () => {
  it("writes to the database directly; the first account is the owner", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "studio-user-create-"));
    const database = await createTestDatabase({ pgliteDir: path.join(dir, "db") });
    try {
      const databaseUrl = database.options.kind === "postgres" ? database.options.url : "";
      const first = await runScript(
        ["--email", "owner@example.com", "--password", password, "--role", "admin", "--name", "Olga"],
        {
          STUDIO_DATA_DIR: dir,
          DATABASE_URL: databaseUrl,
        },
      );
      expect(first.stdout).toContain("Created admin account owner@example.com (Olga), the studio's owner.");
      expect(first.code).toBe(0);
      const second = await runScript(["--email", "cy@example.com", "--password", password, "--role", "creator"], {
        STUDIO_DATA_DIR: dir,
        DATABASE_URL: databaseUrl,
      });
      expect(second.stdout).toContain("Created creator account cy@example.com (cy).");
      const handle = await createDb(database.options);
      try {
        const rows = await handle.db.select().from(users).orderBy(users.createdAt);
        expect(rows.map((row) => [row.email, row.role, row.isOwner])).toEqual([
          ["owner@example.com", "admin", true],
          ["cy@example.com", "creator", false],
        ]);
      } finally {
        await handle.close();
      }
    } finally {
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("user:create while a studio holds the PGlite folder", () => {
  let dir: string;
  let handle: DbHandle;
  let server: Server;
  let access: InternalAccess;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "studio-user-create-running-"));
    // Holds the folder's lock for as long as the "studio" runs, like the real one.
    handle = await createDb({ kind: "pglite", dataDir: path.join(dir, "db") });
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(Buffer.from(chunk));
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      // What Next.js does: x-forwarded-for from the socket unless the request brought one.
      if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", req.socket.remoteAddress ?? "");
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        body: Buffer.concat(chunks),
      });
      const response = await handleInternalUserCreate(request, { db: handle.db, access });
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(await response.text());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    url = `http://127.0.0.1:${port}`;
    access = openInternalAccess({ dataDir: dir, port });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await handle?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps its access file private to the studio's user", () => {
    expect(statSync(path.join(dir, INTERNAL_ACCESS_FILE)).mode & 0o777).toBe(0o600);
  });

  it("asks the running studio instead of opening the folder, with a token that works once", async () => {
    const before = readInternalAccess(dir);
    const result = await runScript(["--email", "owner@example.com", "--password", password, "--role", "admin"], {
      STUDIO_DATA_DIR: dir,
      DATABASE_URL: "",
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "Created admin account owner@example.com (owner), the studio's owner through the running studio.",
    );
    const [owner] = await handle.db.select().from(users).where(eq(users.email, "owner@example.com"));
    expect(owner).toMatchObject({ role: "admin", isOwner: true });
    // The token the script used is spent.
    const reused = await post(url, before?.token, { email: "x@example.com", password, role: "creator", name: "X" });
    expect(reused.status).toBe(401);

    const member = await runScript(["--email", "rae@example.com", "--password", password, "--role", "reviewer"], {
      STUDIO_DATA_DIR: dir,
      DATABASE_URL: "",
    });
    expect(member.stdout).toContain("Created reviewer account rae@example.com (rae) through the running studio.");
  });

  it("passes the studio's refusal on, with a failing exit code", async () => {
    const result = await runScript(["--email", "rae@example.com", "--password", password, "--role", "creator"], {
      STUDIO_DATA_DIR: dir,
      DATABASE_URL: "",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("An account with this email already exists");
  });

  it("answers only loopback requests that carry the current token", async () => {
    const body = { email: "z@example.com", password, role: "creator", name: "Z" };
    expect((await post(url, "wrong-token", body)).status).toBe(401);
    expect((await post(url, undefined, body)).status).toBe(401);
    const fromAfar = await post(url, readInternalAccess(dir)?.token, body, { "x-forwarded-for": "203.0.113.9" });
    expect(fromAfar.status).toBe(403);
    // fetch will not send another Host, so this one goes to the handler directly, as a proxy would forward it.
    const proxied = await handleInternalUserCreate(
      new Request("http://studio.example.com/api/internal/users", {
        method: "POST",
        headers: {
          host: "studio.example.com",
          "x-forwarded-for": "127.0.0.1",
          authorization: `Bearer ${readInternalAccess(dir)?.token}`,
        },
        body: JSON.stringify(body),
      }),
      { db: handle.db, access },
    );
    expect(proxied.status).toBe(403);
    expect(await handle.db.select().from(users).where(eq(users.email, "z@example.com"))).toHaveLength(0);
  });

  it("says so clearly when the folder is held by something that is not a studio", async () => {
    rmSync(path.join(dir, INTERNAL_ACCESS_FILE));
    const result = await runScript(["--email", "late@example.com", "--password", password, "--role", "creator"], {
      STUDIO_DATA_DIR: dir,
      DATABASE_URL: "",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/in use by another process[\s\S]*No running studio was found/);
  });
});

function post(url: string, token: string | undefined, body: object, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/internal/users`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
}

function runScript(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/user-create.ts", ...args],
      { env: { ...process.env, TEST_DATABASE_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
