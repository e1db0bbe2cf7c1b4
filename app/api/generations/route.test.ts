/**
 * The gallery's list and poll answers over a real studio, read the way the browser reads them
 * (lib/takes/take-api.ts): the schemas in lib/takes/api-schema.ts accept them whole, so the routes and
 * the browser cannot drift apart unnoticed.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { softDeleteTakeRow } from "@/lib/db/queries/takes";
import { takes } from "@/lib/db/schema";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { apiErrorSchema, galleryPageSchema, takeStatusBodySchema } from "@/lib/takes/api-schema";
import { encodeCursor } from "@/lib/takes/filters";
import { readAnswer, TakeApiError } from "@/lib/takes/take-api";
import { createTake } from "@/lib/worker/create";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";
import { GET as getPage } from "./route";
import { GET as getStatus } from "./status/route";

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

let studio: StudioUnderTest;
const ids: Record<"measured" | "running" | "deleted", string> = { measured: "", running: "", deleted: "" };

beforeAll(async () => {
  studio = await startStudioUnderTest({ STUDIO_API_REQUESTS_PER_SECOND: "0" });
  const { runtime } = studio;
  const create = async (prompt: string) =>
    (
      await createTake(runtime.workerContext, runtime.worker, {
        params: { ...DEFAULT_PARAMS, prompt },
        createdBy: studio.userIds.admin,
        submitNow: false,
      })
    ).id;
  ids.measured = await create("A harbour at dawn, measured");
  await runtime.database.db
    .update(takes)
    .set({
      status: "ready",
      cameraIntent: { type: "forward_up" },
      videoKey: `videos/${ids.measured}.mp4`,
      finishedAt: new Date(),
      cameraCheckVerdict: "partly",
      cameraCheckMove: "forward_up",
      cameraCheckConfidence: 0.5,
      cameraCheckedAt: new Date(),
    })
    .where(eq(takes.id, ids.measured));
  ids.running = await create("A harbour at dawn, running");
  ids.deleted = await create("A harbour at dawn, deleted");
  await softDeleteTakeRow(runtime.database.db, { id: ids.deleted, now: new Date() });
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

function call(handler: (request: Request) => Promise<Response>, path: string): Promise<Response> {
  const headers = studio.headersFor("creator");
  return asRequest(headers, () => handler(new Request(`${studio.origin}${path}`, { headers })));
}

describe("the takes API's answers, as the browser reads them", () => {
  it("a gallery page parses whole, with every field the route sends", async () => {
    const response = await call(getPage, "/api/generations?q=harbour");
    const json = await response.clone().json();
    const page = await readAnswer(response, galleryPageSchema);
    expect(page).toEqual(json);
    expect(page.items.map((take) => take.id)).toEqual([ids.running, ids.measured]);
    expect(page.items[1]).toMatchObject({
      cameraCheck: { verdict: "partly", move: "forward_up", confidence: 0.5 },
      cameraDelivery: "camera_control",
      params: { camera_intent: { type: "forward_up" } },
    });
    expect(page.nextCursor).toBeNull();
  });

  it("a poll's answer parses whole: watched takes, new takes and deleted ones", async () => {
    const after = encodeCursor({ createdAt: new Date(0), id: "" });
    const response = await call(
      getStatus,
      `/api/generations/status?ids=${ids.running},${ids.deleted}&after=${encodeURIComponent(after)}&q=harbour`,
    );
    const json = await response.clone().json();
    const body = await readAnswer(response, takeStatusBodySchema);
    expect(body).toEqual(json);
    expect(body.items.map((take) => take.id)).toEqual([ids.running]);
    expect(body.created.map((take) => take.id)).toEqual([ids.measured, ids.running]);
    expect(body.removed).toEqual([ids.deleted]);
  });

  it("a refused request becomes a TakeApiError with the server's code and message", async () => {
    const response = await call(getPage, "/api/generations?cursor=not-a-cursor");
    expect(response.status).toBe(400);
    const refusal = apiErrorSchema.parse(await response.clone().json());
    const error = await readAnswer(response, galleryPageSchema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TakeApiError);
    expect(error).toMatchObject({ status: 400, code: refusal.error.code, message: refusal.error.message });
  });
});
