/**
 * Every HTTP method of every route handler, 10,000 hostile requests each, as the admin, a reviewer,
 * a creator, with an ended session and signed out: the answer is below 500, a refusal is JSON with a
 * message (the studio's `{error:{code,message}}`; Better Auth, the sandbox and the internal endpoint
 * speak their own `{message}`), a 429 carries Retry-After, and nothing is left as an unhandled rejection.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { discoverRouteFiles, HTTP_METHODS, load, type RouteFile } from "./discover";
import { type FuzzCaller, fuzzStudioPerFile } from "./fuzz-studio";
import { hostileRequest, toRequest } from "./hostile-requests";
import { asRequest } from "./next-boundaries";
import { checkResponse, type ErrorShape, prototypeIsClean } from "./outcomes";
import { MEMBERS } from "./studio-under-test";

vi.mock("next/headers", async () => (await import("./next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("./next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("./next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("./next-boundaries")).nextNavigation);

const RUNS = 10_000;

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const routes = await Promise.all(
  discoverRouteFiles().map(async (route) => {
    const module = await load(route.file);
    const methods = HTTP_METHODS.filter((method) => typeof module[method] === "function");
    const unknownExports = Object.keys(module).filter(
      (name) => typeof module[name] === "function" && !(HTTP_METHODS as readonly string[]).includes(name),
    );
    return { route, module, methods, unknownExports };
  }),
);
const ran = new Map<string, number>();

const fuzz = fuzzStudioPerFile();

describe("route handlers under hostile requests", () => {
  it("finds the routes, and every function a route file exports is an HTTP method", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(
      routes.flatMap(({ route, unknownExports }) => unknownExports.map((name) => `${route.file}#${name}`)),
    ).toEqual([]);
  });

  for (const { route, module, methods } of routes) {
    for (const method of methods) {
      it(`${method} ${route.file}: ${RUNS} hostile requests answer below 500, refusals with a message`, async () => {
        const handler = module[method] as Handler;
        const refinement = refinementFor(route);
        await fc.assert(
          fc.asyncProperty(
            hostileRequest(route, { pool: fuzz.fixtures.pool, method, ...refinement.request }),
            callers(route),
            async (request, caller) => {
              const problem =
                (await asRequest(fuzz.headersOf(caller), async () => {
                  const response = await handler(
                    toRequest(fuzz.studio.origin, method, request, fuzz.headersOf(caller)),
                    {
                      params: Promise.resolve(request.params),
                    },
                  );
                  return checkResponse(response, refinement.shape);
                })) ?? prototypeIsClean();
              if (problem)
                throw new Error(`${caller} ${method} ${request.path}?${request.query.slice(0, 200)}: ${problem}`);
            },
          ),
          { numRuns: RUNS, endOnFailure: true },
        );
        ran.set(`${route.file}#${method}`, RUNS);
      }, 600_000);
    }
  }

  it("fuzzed every method of every route, with no unhandled rejection", () => {
    const missing = routes
      .flatMap(({ route, methods }) => methods.map((method) => `${route.file}#${method}`))
      .filter((key) => (ran.get(key) ?? 0) < RUNS);
    expect(missing).toEqual([]);
    expect(routes.every(({ methods }) => methods.length > 0)).toBe(true);
    expect(fuzz.unhandled).toEqual([]);
  });
});

/** Better Auth's own endpoints can sign a session out or change its member: they get no live session. */
function callers(route: RouteFile): fc.Arbitrary<FuzzCaller> {
  if (route.file.startsWith("app/api/auth/"))
    return fc.oneof(
      { arbitrary: fc.constant<FuzzCaller>("signed-out"), weight: 3 },
      { arbitrary: fc.constant<FuzzCaller>("stale"), weight: 1 },
    );
  // Weighted towards signed out: a signed-in case costs a session lookup, and the three roles still get thousands each.
  return fc.oneof(
    { arbitrary: fc.constant<FuzzCaller>("signed-out"), weight: 3 },
    { arbitrary: fc.constant<FuzzCaller>("stale"), weight: 1 },
    { arbitrary: fc.constantFrom<FuzzCaller>("admin", "creator", "reviewer"), weight: 3 },
  );
}

type Refinement = {
  shape: ErrorShape;
  request?: { segments?: fc.Arbitrary<string[]>; query?: fc.Arbitrary<string>; body?: fc.Arbitrary<string> };
};

/** Where a route speaks another error shape, or where near-valid requests reach deeper. */
function refinementFor(route: RouteFile): Refinement {
  const ids = fc
    .subarray([fuzz.fixtures.queuedTakeId, fuzz.fixtures.failedTakeId, "not-a-uuid"])
    .map((list) => list.join(","));
  if (route.file.startsWith("app/api/auth/")) {
    const endpoint = fc.constantFrom<string[]>(
      ["get-session"],
      ["sign-in", "email"],
      ["sign-out"],
      ["list-sessions"],
      ["sign-up", "email"],
      ["reset-password"],
      ["ok"],
    );
    return {
      shape: "message",
      request: {
        segments: endpoint,
        // Password checks take tens of milliseconds: a few valid-shaped sign-ins among the rest.
        body: fc.constantFrom(
          JSON.stringify({ email: MEMBERS.reviewer.email, password: "wrong-password" }),
          JSON.stringify({ email: "x", password: 5 }),
        ),
      },
    };
  }
  if (route.file.startsWith("app/sandbox/") || route.file.startsWith("app/api/internal/")) {
    return {
      shape: "message",
      request: {
        segments: fc.constantFrom<string[]>(
          ["v1", "videos", "text2video"],
          ["v1", "videos", "text2video", fuzz.fixtures.queuedTakeId],
          ["files", "x.mp4"],
        ),
        body: fc.constantFrom(
          JSON.stringify({ prompt: "x", model_name: "kling-v1" }),
          JSON.stringify({ name: "N", email: "n@fuzz.test", password: "p", role: "admin" }),
        ),
      },
    };
  }
  if (route.file === "app/api/kling/callback/route.ts") {
    return {
      shape: "studio",
      request: {
        body: fc
          .record({
            task_id: fc.oneof(fc.string(), fc.constant("task-1")),
            task_status: fc.constantFrom("submitted", "processing", "succeed", "failed", "??"),
          })
          .map((value) => JSON.stringify(value)),
      },
    };
  }
  return {
    shape: "studio",
    request: {
      segments: fc.constantFrom<string[]>(
        [`videos`, `${fuzz.fixtures.queuedTakeId}.mp4`],
        ["posters", `${fuzz.fixtures.queuedTakeId}.jpg`],
        ["..", "..", "etc", "passwd"],
      ),
      query: fc
        .tuple(ids, fc.oneof(fc.constant(""), fc.string()))
        .map(([list, after]) => new URLSearchParams({ ids: list, after, status: "ready" }).toString()),
    },
  };
}
