/**
 * /media/<key> serves only our own keys (`videos/<id>.mp4`, `posters/<id>.jpg`) from storage: path
 * traversal in any spelling (encoded dots and slashes, absolute paths, backslashes, null bytes) is
 * refused with 404 and never reads a file outside the storage folder.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dataDir } from "@/lib/env";
import { asRequest } from "@/test/fuzz/next-boundaries";
import { type StudioUnderTest, startStudioUnderTest } from "@/test/fuzz/studio-under-test";
import { GET } from "./route";

vi.mock("next/headers", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/headers.js", async () => (await import("@/test/fuzz/next-boundaries")).nextHeaders);
vi.mock("next/cache", async () => (await import("@/test/fuzz/next-boundaries")).nextCache);
vi.mock("next/navigation", async () => (await import("@/test/fuzz/next-boundaries")).nextNavigation);

const SECRET = "TOP-SECRET-OUTSIDE-STORAGE";
const ID = "0b7c7f8e-4a55-4c39-9a3e-5d1f0f5d2a11";
let studio: StudioUnderTest;

beforeAll(async () => {
  studio = await startStudioUnderTest({ STUDIO_API_REQUESTS_PER_SECOND: "0" });
  const root = dataDir(studio.runtime.env);
  await writeFile(path.join(root, "secret.txt"), SECRET);
  await mkdir(path.join(root, "media", "videos"), { recursive: true });
  await writeFile(path.join(root, "media", "videos", `${ID}.mp4`), "VIDEO-BYTES");
  await writeFile(path.join(root, "media", "videos", "secret.txt"), SECRET);
}, 120_000);

afterAll(async () => {
  await studio?.close();
});

/** Asks as the admin with `key` as Next hands it over: the path's segments, percent-decoded once. */
async function media(
  key: string[],
  rawPath = key.map(encodeURIComponent).join("/"),
): Promise<{ status: number; text: string }> {
  const headers = studio.headersFor("admin");
  const response = await asRequest(headers, () =>
    GET(new Request(`${studio.origin}/media/${rawPath}`, { headers }), { params: Promise.resolve({ key }) }),
  );
  return { status: response.status, text: await response.text() };
}

describe("/media refuses path traversal", () => {
  it("serves a stored video by its key", async () => {
    expect(await media(["videos", `${ID}.mp4`])).toEqual({ status: 200, text: "VIDEO-BYTES" });
  });

  it.each([
    ["/media/..%2f..%2fetc/passwd", ["../../etc", "passwd"]],
    ["/media/../../etc/passwd (dots as segments)", ["..", "..", "etc", "passwd"]],
    ["/media/%2e%2e/%2e%2e/secret.txt (encoded dots, decoded once)", ["..", "..", "secret.txt"]],
    ["/media/%252e%252e/secret.txt (encoded twice)", ["%2e%2e", "secret.txt"]],
    ["/media/videos/..%2f..%2fsecret.txt", ["videos", "../../secret.txt"]],
    ["/media//etc/passwd (absolute)", ["/etc/passwd"]],
    ["/media/videos/%2fetc%2fpasswd", ["videos", "/etc/passwd"]],
    ["backslashes", ["videos", "..\\..\\secret.txt"]],
    ["a backslash-joined key", ["videos\\..\\..\\secret.txt"]],
    ["a null byte before an allowed extension", ["videos", `${ID}.mp4\u0000.jpg`]],
    ["a null byte alone", ["videos", "%00"]],
    ["a file in storage that is not media", ["videos", "secret.txt"]],
    ["a very long key", ["videos", `${"a".repeat(5000)}.mp4`]],
  ])("%s → 404, nothing read", async (_name, key) => {
    const answer = await media(key);
    expect([400, 404]).toContain(answer.status);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toContain("root:");
    expect(JSON.parse(answer.text)).toEqual({
      error: { code: expect.stringMatching(/^(not_found|bad_request):/), message: expect.any(String) },
    });
  });

  it("answers 401 to a signed-out request before looking at the key", async () => {
    const headers = studio.headersFor("signed-out");
    const response = await asRequest(headers, () =>
      GET(new Request(`${studio.origin}/media/videos/${ID}.mp4`, { headers }), {
        params: Promise.resolve({ key: ["videos", `${ID}.mp4`] }),
      }),
    );
    expect(response.status).toBe(401);
  });
});
