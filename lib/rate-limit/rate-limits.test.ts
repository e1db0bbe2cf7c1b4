/**
 * The limits as members meet them: through the status API (429, Retry-After, the studio's JSON error)
 * and through the generate actions (an ActionResult that says to slow down), in a whole studio.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type Caller, type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

let studio: StudioUnderTest;
const ANY_ID = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

beforeAll(async () => {
  studio = await startStudioUnderTest({
    STUDIO_API_BURST: "5",
    STUDIO_API_REQUESTS_PER_SECOND: "0.5",
    STUDIO_TAKES_PER_MINUTE: "3",
  });
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

async function poll(caller: Caller): Promise<Response> {
  const { GET } = await import("@/app/api/generations/status/route");
  return asRequest(studio.headersFor(caller), () =>
    GET(new Request(`${studio.origin}/api/generations/status?ids=${ANY_ID}`, { headers: studio.headersFor(caller) })),
  );
}

describe("API rate limit per member", () => {
  it("answers 429 with Retry-After and a slow-down message past the burst, while another member is served", async () => {
    for (let i = 0; i < 5; i++) expect((await poll("admin")).status).toBe(200);
    const limited = await poll("admin");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = await limited.json();
    expect(body).toEqual({
      error: {
        code: "rate_limited:api",
        message: expect.stringMatching(/^Slow down: .* Try again in [12] seconds?\.$/),
      },
    });
    expect((await poll("reviewer")).status).toBe(200);
  });

  it("serves the member again once tokens have refilled", async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await poll("admin")).status).toBe(200);
  });

  it("does not count signed-out requests against anyone: they are refused with 401 first", async () => {
    expect((await poll("signed-out")).status).toBe(401);
  });
});

describe("take rate per member, through the actions", () => {
  it("stores a batch up to the limit, then tells the member to slow down while another member still generates", async () => {
    const { createTakeBatchAction } = await import("@/app/(studio)/actions");
    const batch = (caller: Caller, count: number) =>
      asRequest(studio.headersFor(caller), () =>
        createTakeBatchAction({
          params: { ...DEFAULT_PARAMS, prompt: "Rate limit" },
          plan: { kind: "variations", count },
        }),
      );
    expect(await batch("admin", 3)).toMatchObject({ ok: true });
    const refused = await batch("admin", 1);
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Slow down: too many new takes in the last minute\. .*Try again in (\d+ seconds?|1 minute)\.$/,
      ),
    });
    expect(await batch("creator", 2)).toMatchObject({ ok: true });
  });
});
