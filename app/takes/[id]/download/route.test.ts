/**
 * /takes/<id>/download serves only a stored take's own video: an id that is not a take id (traversal,
 * absolute paths, backslashes, null bytes) is 404 and never reaches the file system.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { takes } from "@/lib/db/schema";
import { dataDir } from "@/lib/env";
import { DEFAULT_PARAMS } from "@/lib/kling/schema";
import { videoKey } from "@/lib/storage/storage";
import { createTake } from "@/lib/worker/create";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";
import { GET } from "./route";

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

const SECRET = "TOP-SECRET-OUTSIDE-STORAGE";
let studio: StudioUnderTest;
let takeId: string;

beforeAll(async () => {
  studio = await startStudioUnderTest({ STUDIO_API_REQUESTS_PER_SECOND: "0" });
  const { runtime } = studio;
  const root = dataDir(runtime.env);
  await writeFile(path.join(root, "secret.txt"), SECRET);
  const take = await createTake(runtime.workerContext, runtime.worker, {
    params: { ...DEFAULT_PARAMS, prompt: "Download me" },
    createdBy: studio.userIds.creator,
    submitNow: false,
  });
  takeId = take.id;
  await mkdir(path.join(root, "media", "videos"), { recursive: true });
  await writeFile(path.join(root, "media", videoKey(take.id)), "VIDEO-BYTES");
  await runtime.database.db
    .update(takes)
    .set({ status: "ready", videoKey: videoKey(take.id) })
    .where(eq(takes.id, take.id));
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

async function download(id: string): Promise<{ status: number; text: string; disposition: string | null }> {
  const headers = studio.headersFor("reviewer");
  const response = await asRequest(headers, () =>
    GET(new Request(`${studio.origin}/takes/${encodeURIComponent(id)}/download`, { headers }), {
      params: Promise.resolve({ id }),
    }),
  );
  return {
    status: response.status,
    text: await response.text(),
    disposition: response.headers.get("content-disposition"),
  };
}

describe("/takes/[id]/download refuses path traversal", () => {
  it("serves a ready take's video as an attachment", async () => {
    const answer = await download(takeId);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe("VIDEO-BYTES");
    expect(answer.disposition).toMatch(/^attachment; filename="kling-download-me-[0-9a-f]{8}\.mp4"/);
  });

  it.each([
    ["..%2f..%2fsecret.txt", "../../secret.txt"],
    ["encoded dots", "%2e%2e%2f%2e%2e%2fsecret.txt"],
    ["absolute path", "/etc/passwd"],
    ["backslashes", "..\\..\\secret.txt"],
    ["null byte after a real id", `${"0".repeat(8)}\u0000/../../secret.txt`],
    ["a real id with a traversal tail", `${"x"}/../../secret.txt`],
    ["a very long id", "a".repeat(10_000)],
  ])("%s → 404, nothing read", async (_name, id) => {
    const answer = await download(id);
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain(SECRET);
    expect(JSON.parse(answer.text)).toEqual({ error: { code: "not_found:video", message: expect.any(String) } });
  });

  it("a take id with a traversal tail is not that take", async () => {
    expect((await download(`${takeId}/../../secret.txt`)).status).toBe(404);
    expect((await download(`${takeId}\u0000`)).status).toBe(404);
  });
});
