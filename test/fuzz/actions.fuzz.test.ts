/**
 * Every server action, 10,000 hostile calls each, as the admin, a creator, a reviewer and signed out:
 * each answers with an ActionResult (a refusal with a message a person can read) or a redirect, never
 * an exception (a 500 in Next), an unhandled rejection or a polluted prototype. Actions are found by
 * file name (discover.ts), so a new one is fuzzed, and reported here if none of its calls ran.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { updateSpendingCap } from "@/lib/db/queries/spending";
import { discoverActionFiles, exportedFunctions, load } from "./discover";
import { FUZZ_PASSPHRASE, VALID_PARAMS } from "./fixtures";
import { type FuzzCaller, fuzzStudioPerFile } from "./fuzz-studio";
import { hostileDrawing, VALID_DRAWING } from "./hostile-drawings";
import { formData, hostileString, hostileValue, nearValid } from "./hostile-values";
import { asRequest } from "./next-boundaries";
import { checkAction, prototypeIsClean } from "./outcomes";
import { type Caller, MEMBERS } from "./studio-under-test";

vi.mock("next/headers", async () => (await import("./next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("./next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("./next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("./next-boundaries")).nextNavigation);

const RUNS = 10_000;
const CALLERS: Caller[] = ["admin", "creator", "reviewer", "signed-out"];

const { files, misnamed } = discoverActionFiles();
const actions = (
  await Promise.all(
    files.map(async (file) => exportedFunctions(await load(file)).map(([name, fn]) => ({ file, name, fn }))),
  )
).flat();
const ran = new Map<string, number>();

const fuzz = fuzzStudioPerFile();

describe("server actions under hostile input", () => {
  it("finds the actions, and no 'use server' file outside the names it looks for", () => {
    expect(misnamed).toEqual([]);
    expect(actions.length).toBeGreaterThan(0);
  });

  it("sends a valid take and stores a valid batch (the path behind validation works)", async () => {
    const { createTakeAction, createTakeBatchAction } = await load("app/(studio)/actions.ts");
    const single = await asRequest(fuzz.studio.headersFor("creator"), async () =>
      (createTakeAction as (input: unknown) => Promise<unknown>)(VALID_PARAMS),
    );
    expect(single).toMatchObject({ ok: true, data: { params: { prompt: VALID_PARAMS.prompt } } });
    const batch = await asRequest(fuzz.studio.headersFor("admin"), async () =>
      (createTakeBatchAction as (input: unknown) => Promise<unknown>)({
        params: VALID_PARAMS,
        plan: { kind: "variations", count: 2 },
      }),
    );
    expect(batch).toMatchObject({ ok: true });
    // From here on valid takes are refused by the cap (or by the take limit): nothing more is rendered.
    await updateSpendingCap(fuzz.studio.runtime.database.db, { capUnits: 0.01, updatedBy: null, now: new Date() });
  });

  for (const { file, name, fn } of actions) {
    it(`${file} ${name}: ${RUNS} hostile calls answer with a result or a redirect`, async () => {
      await fc.assert(
        fc.asyncProperty(argumentsFor(name, fn.length), callerFor(name), async (args, caller) => {
          const problem =
            (await asRequest(fuzz.headersOf(caller), () => checkAction(async () => fn(...args)))) ?? prototypeIsClean();
          if (problem) throw new Error(`${caller}: ${problem}`);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      ran.set(`${file}#${name}`, RUNS);
    }, 600_000);
  }

  it("fuzzed every action it found, with no unhandled rejection", () => {
    const missing = actions.map(({ file, name }) => `${file}#${name}`).filter((key) => (ran.get(key) ?? 0) < RUNS);
    expect(missing).toEqual([]);
    expect(fuzz.unhandled).toEqual([]);
  });
});

/** Signing out ends the session it is given: it gets only sessions that have ended (and none). */
function callerFor(name: string): fc.Arbitrary<FuzzCaller> {
  if (name === "signOutAction")
    return fc.oneof(
      { arbitrary: fc.constant<FuzzCaller>("signed-out"), weight: 3 },
      { arbitrary: fc.constant<FuzzCaller>("stale"), weight: 1 },
    );
  return fc.oneof(
    { arbitrary: fc.constantFrom<FuzzCaller>("signed-out", "stale"), weight: 2 },
    { arbitrary: fc.constantFrom<FuzzCaller>(...CALLERS.filter((caller) => caller !== "signed-out")), weight: 3 },
  );
}

/**
 * Arguments for one call: anything at all (as many as the action declares, or one more), mixed with
 * near-valid ones where an action's input is known. Actions that hash a password when the input is
 * valid get few valid-shaped calls, so the run stays within its time.
 */
function argumentsFor(name: string, arity: number): fc.Arbitrary<unknown[]> {
  const generic = () => {
    const pool = fuzz.fixtures.pool;
    return fc.array(hostileValue(pool), { minLength: Math.max(arity, 1), maxLength: Math.max(arity, 1) + 1 });
  };
  const refined = refinements()[name];
  return fc
    .constant(null)
    .chain(() =>
      refined
        ? fc.oneof(
            { arbitrary: generic(), weight: refined.genericWeight },
            { arbitrary: refined.arbitrary(), weight: 1 },
          )
        : generic(),
    );
}

type Refinement = { genericWeight: number; arbitrary: () => fc.Arbitrary<unknown[]> };

function refinements(): Record<string, Refinement> {
  const pool = fuzz.fixtures.pool;
  const one = (example: Record<string, unknown>) => nearValid(example, pool).map((value) => [value]);
  const account = (extra: [string, string][] = []) =>
    formData(
      pool,
      fc
        .tuple(
          hostileString(pool),
          fc.constantFrom("new@fuzz.test", MEMBERS.admin.email, "not-an-email"),
          fc.constantFrom("long-enough-password", "short"),
        )
        .map(([userName, email, password]) => [
          ["name", userName],
          ["email", email],
          ["password", password],
          ["confirmPassword", password],
          ...extra,
        ]),
    );
  return {
    createTakeAction: {
      genericWeight: 2,
      // A remix names the shot it joins: a fixture take's shot has the take's id.
      arbitrary: () =>
        fc.oneof(one({ ...VALID_PARAMS }), one({ ...VALID_PARAMS, shot_id: fuzz.fixtures.queuedTakeId })),
    },
    createTakeBatchAction: {
      genericWeight: 2,
      arbitrary: () =>
        fc.oneof(
          one({ params: VALID_PARAMS, plan: { kind: "variations", count: 3 } }),
          one({ params: VALID_PARAMS, plan: { kind: "sweep", axes: ["pan"], magnitude: 5, bothSigns: true } }),
        ),
    },
    retryTakeAction: {
      genericWeight: 2,
      arbitrary: () => fc.constantFrom([fuzz.fixtures.failedTakeId], [fuzz.fixtures.queuedTakeId]),
    },
    deleteTakeAction: {
      genericWeight: 2,
      arbitrary: () => fc.constantFrom([fuzz.fixtures.queuedTakeId], [fuzz.fixtures.failedTakeId]),
    },
    restoreTakeAction: {
      genericWeight: 2,
      arbitrary: () => fc.constantFrom([fuzz.fixtures.queuedTakeId], [fuzz.fixtures.failedTakeId]),
    },
    // A fixture take's shot has the take's id (a shot of one).
    circleTakeAction: {
      genericWeight: 2,
      arbitrary: () =>
        fc.oneof(
          one({ shotId: fuzz.fixtures.queuedTakeId, takeId: fuzz.fixtures.queuedTakeId }),
          one({ shotId: fuzz.fixtures.queuedTakeId, takeId: null }),
        ),
    },
    renameShotAction: {
      genericWeight: 2,
      arbitrary: () => one({ shotId: fuzz.fixtures.queuedTakeId, name: "A shot" }),
    },
    moveTakeAction: {
      genericWeight: 2,
      arbitrary: () =>
        fc.oneof(
          one({ takeId: fuzz.fixtures.failedTakeId, target: fuzz.fixtures.queuedTakeId }),
          one({ takeId: fuzz.fixtures.queuedTakeId, target: "new" }),
        ),
    },
    loadTakeShotAction: {
      genericWeight: 2,
      arbitrary: () => fc.constantFrom([fuzz.fixtures.queuedTakeId], [fuzz.fixtures.failedTakeId]),
    },
    addCommentAction: {
      genericWeight: 2,
      arbitrary: () => {
        const comment = { takeId: fuzz.fixtures.readyTakeId, body: "Mask this", atMs: 1000 };
        return fc.oneof(
          one({ ...comment, endMs: 2500, drawing: VALID_DRAWING }),
          hostileDrawing().map((drawing) => [{ ...comment, drawing }]),
          fc
            .oneof(
              hostileValue(pool),
              fc.constantFrom(1000, 999, 5001, 2500.5, -1, Number.NaN, Number.POSITIVE_INFINITY),
            )
            .map((endMs) => [{ ...comment, endMs }]),
        );
      },
    },
    changeMemberRoleAction: {
      genericWeight: 2,
      arbitrary: () => one({ userId: fuzz.fixtures.spareMemberId, role: "reviewer" }),
    },
    removeMemberAction: { genericWeight: 2, arbitrary: () => one({ userId: fuzz.fixtures.spareMemberId }) },
    createInviteAction: { genericWeight: 2, arbitrary: () => one({ role: "creator", expiresInDays: 7 }) },
    revokeInviteAction: { genericWeight: 2, arbitrary: () => one({ inviteId: fuzz.fixtures.inviteId }) },
    setSpendingCapAction: { genericWeight: 2, arbitrary: () => one({ capUnits: 0.01 }) },
    checkModelAgainAction: { genericWeight: 2, arbitrary: () => one({ model: "kling-v1-6" }) },
    createShareLinkAction: {
      genericWeight: 4,
      arbitrary: () =>
        fc.oneof(
          one({ takeIds: [fuzz.fixtures.sharedTakeId], title: "", expiry: "7", allowDownload: false }),
          one({ shotId: fuzz.fixtures.sharedTakeId, expiry: "1", passphrase: "" }),
        ),
    },
    // Passphrases are hashed with scrypt: about one call in a hundred is valid-shaped.
    unlockShareLinkAction: {
      genericWeight: 99,
      arbitrary: () =>
        fc.oneof(
          one({ token: fuzz.fixtures.lockedShareToken, passphrase: FUZZ_PASSPHRASE }),
          one({ token: fuzz.fixtures.openShareToken, passphrase: "anything" }),
        ),
    },
    // Password hashing takes tens of milliseconds: about one call in a hundred is valid-shaped.
    signInAction: {
      genericWeight: 99,
      arbitrary: () =>
        formData(
          pool,
          fc.constantFrom<[string, string][]>(
            [
              ["email", MEMBERS.admin.email],
              ["password", "wrong-password"],
              ["next", "//evil.example"],
            ],
            [
              ["email", "nobody@fuzz.test"],
              ["password", "x"],
            ],
          ),
        ).map((form) => [form]),
    },
    setupOwnerAction: { genericWeight: 99, arbitrary: () => account().map((form) => [form]) },
    acceptInviteAction: {
      genericWeight: 99,
      arbitrary: () => fc.tuple(fc.oneof(fc.constant(fuzz.fixtures.inviteToken), hostileString(pool)), account()),
    },
  };
}
