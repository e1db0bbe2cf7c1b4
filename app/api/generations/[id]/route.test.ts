/**
 * GET /api/generations/<id> over a real studio (database, sessions, rate limit off): the one take as a
 * gallery item shows it, parsed by the schema the browser reads it with, and refusals in the studio's
 * error shape.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { softDeleteTakeRow } from "@/lib/db/queries/takes";
import { takes } from "@/lib/db/schema";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { apiErrorSchema, takeViewSchema } from "@/lib/takes/api-schema";
import { readAnswer, TakeApiError } from "@/lib/takes/take-api";
import { createTake } from "@/lib/worker/create";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type Caller, type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";
import { GET } from "./route";

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

let studio: StudioUnderTest;
let measuredId: string;
let runningId: string;
let deletedId: string;

beforeAll(async () => {
  studio = await startStudioUnderTest({ STUDIO_API_REQUESTS_PER_SECOND: "0" });
  const { runtime } = studio;
  const create = (prompt: string) =>
    createTake(runtime.workerContext, runtime.worker, {
      params: { ...DEFAULT_PARAMS, prompt },
      createdBy: studio.userIds.creator,
      submitNow: false,
    });
  const measured = await create("A lighthouse at dusk, measured");
  measuredId = measured.id;
  await runtime.database.db
    .update(takes)
    .set({
      status: "ready",
      cameraIntent: { type: "simple", config: { pan: 5 } },
      videoKey: `videos/${measured.id}.mp4`,
      posterKey: `posters/${measured.id}.jpg`,
      finishedAt: new Date(),
      cameraCheckVerdict: "followed",
      cameraCheckMove: "pan+",
      cameraCheckConfidence: 0.9,
      cameraCheckedAt: new Date(),
    })
    .where(eq(takes.id, measured.id));
  runningId = (await create("A lighthouse at dusk, running")).id;
  deletedId = (await create("A lighthouse at dusk, deleted")).id;
  await softDeleteTakeRow(runtime.database.db, { id: deletedId, now: new Date() });
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

function getTake(id: string, caller: Caller = "reviewer"): Promise<Response> {
  const headers = studio.headersFor(caller);
  return asRequest(headers, () =>
    GET(new Request(`${studio.origin}/api/generations/${encodeURIComponent(id)}`, { headers }), {
      params: Promise.resolve({ id }),
    }),
  );
}

describe("GET /api/generations/<id>", () => {
  it("answers a measured take's view, which the browser's schema reads whole", async () => {
    const response = await getTake(measuredId);
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(takeViewSchema.parse(json)).toEqual(json);
    expect(json).toMatchObject({
      id: measuredId,
      status: "ready",
      creatorName: "Fuzz Creator",
      cameraCheck: { verdict: "followed", move: "pan+", confidence: 0.9 },
      params: { prompt: "A lighthouse at dusk, measured", camera_intent: { type: "simple", config: { pan: 5 } } },
      videoUrl: `/media/videos/${measuredId}.mp4`,
    });
  });

  it("answers a running take with its expected render time", async () => {
    const json = await (await getTake(runningId, "admin")).json();
    expect(json).toMatchObject({ id: runningId, status: "queued", cameraCheck: null });
    expect(json.expectedRenderMs).toBeGreaterThan(0);
    expect(takeViewSchema.parse(json)).toEqual(json);
  });

  it.each([
    ["a deleted take", () => deletedId],
    ["an id no take has", () => "6f1c1d2e-8a5b-4a43-9a53-0c2f1d9b7e10"],
  ])("answers 404 not_found:take for %s, which the browser reads as a TakeApiError", async (_name, id) => {
    const response = await getTake(id());
    expect(response.status).toBe(404);
    const refusal = apiErrorSchema.parse(await response.clone().json());
    expect(refusal.error.code).toBe("not_found:take");
    const error = await readAnswer(response, takeViewSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TakeApiError);
    expect(error).toMatchObject({ status: 404, code: "not_found:take", message: refusal.error.message });
  });

  it("answers 400 for an id that is not a take id", async () => {
    const response = await getTake("../status");
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("bad_request:invalid");
  });

  it("answers 401 to someone signed out, before looking at the id", async () => {
    for (const id of [measuredId, "not-a-uuid"]) {
      const response = await getTake(id, "signed-out");
      expect(response.status).toBe(401);
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe("unauthorized:signed_out");
    }
  });
});
