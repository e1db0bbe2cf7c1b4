/**
 * The studio both fuzz suites run against, started once per file: the real runtime over a fresh test
 * database, a low take limit (valid takes cannot pile up renders), no API limit (it is tested on its
 * own in lib/rate-limit), the fixtures the arbitraries draw from, and every unhandled rejection kept.
 */
import { afterAll, beforeAll } from "vitest";
import { createFixtures, type Fixtures } from "./fixtures";
import { type Caller, type StudioUnderTest, startStudioUnderTest } from "./studio-under-test";

/** A caller, or one whose session has ended ("stale"). */
export type FuzzCaller = Caller | "stale";

export type FuzzStudio = {
  studio: StudioUnderTest;
  fixtures: Fixtures;
  unhandled: unknown[];
  /** The request headers of `caller`: their session cookie, a stale one, or none. */
  headersOf(caller: FuzzCaller): Headers;
};

export function fuzzStudioPerFile(): FuzzStudio {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const fuzz = {
    unhandled,
    headersOf(caller: FuzzCaller): Headers {
      if (caller !== "stale") return fuzz.studio.headersFor(caller);
      const headers = fuzz.studio.headersFor("signed-out");
      headers.set("cookie", fuzz.fixtures.staleCookie);
      return headers;
    },
  } as FuzzStudio;

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    fuzz.studio = await startStudioUnderTest({ STUDIO_TAKES_PER_MINUTE: "2", STUDIO_API_REQUESTS_PER_SECOND: "0" });
    fuzz.fixtures = await createFixtures(fuzz.studio);
  }, 120_000);

  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await fuzz.studio?.close();
  });
  return fuzz;
}
