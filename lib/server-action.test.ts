/**
 * runAction, the one way a server action runs, in a whole studio: real members with real session
 * cookies over a fresh database; only Next's request, cache and navigation modules are stood in for.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/errors";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { log } from "@/lib/log";
import { runAction } from "@/lib/server-action";
import { asRequest, isNextControlFlow } from "@/test/fuzz/next-boundaries";
import { type Caller, type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";

const revalidated = vi.hoisted(() => [] as string[]);

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => {
    revalidated.push(path);
  },
  revalidateTag: () => undefined,
}));

let studio: StudioUnderTest;

beforeAll(async () => {
  studio = await startStudioUnderTest();
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

afterEach(() => {
  revalidated.length = 0;
  vi.restoreAllMocks();
});

const titleSchema = z.object({ title: z.string().trim().min(1, "Give the take a title.") });

/** An action as an action file writes one, called by `caller`. */
function call<T>(caller: Caller, work: () => Promise<T>, options: { input?: unknown; invalidMessage?: string } = {}) {
  return asRequest(studio.headersFor(caller), () =>
    runAction({
      name: "renameTakeAction",
      permission: "generate",
      schema: titleSchema,
      input: options.input ?? { title: "Dawn" },
      invalidMessage: options.invalidMessage,
      revalidate: (input, result) => [`/takes/${input.title}`, `/gallery?${String(result)}`],
      work,
    }),
  );
}

describe("runAction", () => {
  it("refuses input its schema rejects with field errors, before authorizing or working", async () => {
    const work = vi.fn(async () => "renamed");
    expect(await call("signed-out", work, { input: { title: " " } })).toEqual({
      ok: false,
      message: "Give the take a title.",
      fieldErrors: { title: ["Give the take a title."] },
    });
    expect(await call("creator", work, { input: "not an object", invalidMessage: "Check the title." })).toEqual({
      ok: false,
      message: "Check the title.",
      fieldErrors: { form: [expect.any(String)] },
    });
    expect(work).not.toHaveBeenCalled();
    expect(revalidated).toEqual([]);
  });

  it("gives the work the parsed input and the member who asked", async () => {
    let seen: unknown;
    const result = await asRequest(studio.headersFor("creator"), () =>
      runAction({
        name: "renameTakeAction",
        permission: "generate",
        schema: titleSchema,
        input: { title: "  Dawn  ", extra: "dropped" },
        work: async (input, { actor, db, runtime }) => {
          seen = { input, actor: actor.id, sameDb: db === runtime.database.db };
          return { renamed: true };
        },
      }),
    );
    expect(result).toEqual({ ok: true, data: { renamed: true } });
    expect(seen).toEqual({ input: { title: "Dawn" }, actor: studio.userIds.creator, sameDb: true });
  });

  it("refuses a signed-out caller and a role without the permission, with the reason", async () => {
    const work = vi.fn(async () => "renamed");
    expect(await call("signed-out", work)).toEqual({
      ok: false,
      message: "Your session has ended. Sign in again to continue.",
    });
    expect(await call("reviewer", work)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Your role \(Reviewer\) cannot generate takes/),
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("answers an AppError with its message and field errors, and logs nothing", async () => {
    const logged = vi.spyOn(log, "error");
    const result = await call("admin", async () => {
      throw new AppError("conflict:title_taken", "Another take has this title.", {
        fieldErrors: { title: ["Choose another title."] },
      });
    });
    expect(result).toEqual({
      ok: false,
      message: "Another take has this title.",
      fieldErrors: { title: ["Choose another title."] },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers a database that cannot be reached with the message to try again", async () => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const result = await call("admin", async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    expect(result).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it("answers anything else with the generic message and one log line naming the action", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    const result = await call("admin", async () => {
      throw bug;
    });
    expect(result).toEqual({ ok: false, message: GENERIC_ERROR_MESSAGE });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith("action failed", { action: "renameTakeAction", error: bug });
  });

  it("revalidates the pages it names after a success, from the input and the result, and never after a refusal", async () => {
    expect(await call("creator", async () => 3)).toEqual({ ok: true, data: 3 });
    expect(revalidated).toEqual(["/takes/Dawn", "/gallery?3"]);
    revalidated.length = 0;
    await call("creator", async () => {
      throw new AppError("not_found:take", "That take no longer exists.");
    });
    await call("reviewer", async () => 3);
    expect(revalidated).toEqual([]);
  });

  it("runs a public action without a session, and lets Next's redirect through", async () => {
    const signIn = (work: (actor: null) => Promise<string>) =>
      asRequest(studio.headersFor("signed-out"), () =>
        runAction({
          name: "signInAction",
          permission: "public",
          schema: z.undefined(),
          input: undefined,
          revalidate: ["/"],
          work: (_input, { actor }) => work(actor),
        }),
      );
    expect(await signIn(async (actor) => `signed in as ${String(actor)}`)).toEqual({
      ok: true,
      data: "signed in as null",
    });
    const { redirect } = await import("next/navigation");
    const redirected = await signIn(async () => redirect("/gallery")).catch((error: unknown) => error);
    expect(isNextControlFlow(redirected)).toBe(true);
    expect(revalidated).toEqual(["/"]);
  });
});
