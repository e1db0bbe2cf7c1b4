/**
 * The share-link actions as the studio runs them: a passphrase given to createShareLinkAction and
 * unlockShareLinkAction is never stored or logged in clear, the unlock cookie is HttpOnly and scoped to
 * the link, and wrong, right and throttled tries answer as a visitor reads them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { activity, shareLinks } from "@/lib/db/review-schema";
import { log } from "@/lib/log";
import { SHARE_UNLOCK_COOKIE } from "@/lib/share/passphrase";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";
import { insertTake } from "@/test/support/share-fixtures";

const cookiesSet = vi.hoisted(() => [] as unknown[][]);

vi.mock("next/headers", async () => {
  const boundary = (await import("@/test/fuzz/next-boundaries")).nextHeaders;
  return {
    headers: boundary.headers,
    cookies: async () => ({ ...(await boundary.cookies()), set: (...args: unknown[]) => cookiesSet.push(args) }),
  };
});
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

const PASSPHRASE = "Marmalade-Skyline-42";
let studio: StudioUnderTest;
let takeId: string;
const logged: string[] = [];

beforeAll(async () => {
  studio = await startStudioUnderTest({ STUDIO_API_REQUESTS_PER_SECOND: "0", LOG_FORMAT: "json" });
  takeId = (await insertTake(studio.runtime.database.db, { prompt: "a marmalade sky" })).id;
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "));
    });
  }
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await studio?.close();
});

async function createLink(input: Record<string, unknown>) {
  const { createShareLinkAction } = await import("./actions");
  return asRequest(studio.headersFor("reviewer"), () => createShareLinkAction({ expiry: "7", ...input }));
}

async function unlock(token: string, passphrase: unknown, address: string) {
  const { unlockShareLinkAction } = await import("./[token]/actions");
  const headers = new Headers({ "x-forwarded-for": `${address}, 10.0.0.1` });
  return asRequest(headers, () => unlockShareLinkAction({ token, passphrase }));
}

function tokenOf(result: Awaited<ReturnType<typeof createLink>>): string {
  if (!result.ok) throw new Error(result.message);
  return result.data.path.slice("/share/".length);
}

describe("share link actions with a passphrase", () => {
  it("never stores or logs the passphrase, and sets an HttpOnly unlock cookie for the link's path only", async () => {
    const created = await createLink({ takeIds: [takeId], title: "Sky", passphrase: PASSPHRASE, allowDownload: false });
    expect(created).toMatchObject({ ok: true, data: { hasPassphrase: true, allowDownload: false, takeCount: 1 } });
    const token = tokenOf(created);

    expect(await unlock(token, "marmalade-skyline-42", "203.0.113.10")).toEqual({
      ok: false,
      message: "That passphrase is not right.",
      fieldErrors: { passphrase: ["That passphrase is not right."] },
    });
    expect(cookiesSet).toEqual([]);
    expect(await unlock(token, PASSPHRASE, "203.0.113.10")).toEqual({ ok: true, data: { unlocked: true } });
    expect(cookiesSet).toHaveLength(1);
    const [name, value, options] = cookiesSet[0];
    expect(name).toBe(SHARE_UNLOCK_COOKIE);
    expect(value).toMatch(/^[\w-]{43}$/);
    expect(options).toMatchObject({ path: `/share/${token}`, httpOnly: true, sameSite: "lax" });

    const { db } = studio.runtime.database;
    const stored = JSON.stringify([await db.select().from(shareLinks), await db.select().from(activity)]);
    expect(stored).not.toContain(PASSPHRASE);
    expect(stored.toLowerCase()).not.toContain("marmalade-skyline");
    expect(logged.join("\n").toLowerCase()).not.toContain("marmalade-skyline");
    // The capture is live: the studio's logger writes through it.
    log.warn("probe of the captured log");
    expect(logged.join("\n")).toContain("probe of the captured log");
  });

  it("throttles a visitor after 5 wrong tries, the right passphrase too, while another address still opens it", async () => {
    const token = tokenOf(await createLink({ takeIds: [takeId], passphrase: PASSPHRASE }));
    for (let i = 0; i < 5; i++) {
      expect(await unlock(token, `wrong-${i}-guess`, "198.51.100.20")).toMatchObject({
        ok: false,
        message: "That passphrase is not right.",
      });
    }
    for (const passphrase of ["wrong-again", PASSPHRASE]) {
      expect(await unlock(token, passphrase, "198.51.100.20")).toMatchObject({
        ok: false,
        message: "Too many tries. Try again in 15 minutes.",
      });
    }
    expect(await unlock(token, PASSPHRASE, "198.51.100.21")).toEqual({ ok: true, data: { unlocked: true } });
    expect(logged.join("\n").toLowerCase()).not.toContain("marmalade-skyline");
  });

  it("refuses a passphrase that is too short, and a link to takes and a shot at once, with field messages", async () => {
    expect(await createLink({ takeIds: [takeId], passphrase: "short" })).toMatchObject({
      ok: false,
      fieldErrors: { passphrase: ["Use at least 6 characters for the passphrase, or leave it empty."] },
    });
    expect(await createLink({ takeIds: [takeId], shotId: takeId })).toMatchObject({
      ok: false,
      fieldErrors: { takeIds: ["Share either chosen takes or a whole shot."] },
    });
    expect(await unlock("not-a-token", "whatever", "192.0.2.1")).toMatchObject({
      ok: false,
      message: "This link is not available: it may have expired or been revoked.",
    });
  });

  it("shares a whole shot by its id", async () => {
    const result = await createLink({ shotId: takeId });
    expect(result).toMatchObject({ ok: true, data: { takeIds: [takeId], takeCount: 1, hasPassphrase: false } });
  });
});
