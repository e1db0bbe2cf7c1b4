/**
 * The share media and download routes behind a passphrase and the "allow download" switch: a locked
 * link answers with no video bytes, however the URL is reached; downloads off is a 403.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/authorize";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { MediaStorage } from "@/lib/storage/storage";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { SHARE_UNLOCK_COOKIE } from "./passphrase";
import { createShareLink } from "./share-links";
import { serveSharedDownload, serveSharedMedia } from "./share-media";
import { loadSharePage } from "./share-page";
import { createPassphraseThrottle, unlockShareLink } from "./share-unlock";

const database = testDatabasePerFile();
const SECRET = "another-studio-secret-of-32-characters-or-more";
const PASSPHRASE = "copper kettle 9";
const VIDEO = Buffer.from(Array.from({ length: 2000 }, (_, index) => (index * 7) % 256));
let root: string;
let storage: MediaStorage;
let creator: CurrentUser;
let takeId: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "share-gate-"));
  storage = createLocalStorage(root);
  creator = await insertMember(database.db, { name: "Gil", role: "creator" });
  takeId = (await insertTake(database.db, { prompt: "SECRET PROMPT kettle" })).id;
  await mkdir(path.join(root, "videos"), { recursive: true });
  await mkdir(path.join(root, "posters"), { recursive: true });
  await writeFile(path.join(root, "videos", `${takeId}.mp4`), VIDEO);
  await writeFile(path.join(root, "posters", `${takeId}.jpg`), Buffer.from("POSTER-BYTES"));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function link(options: { passphrase?: string; allowDownload: boolean; title?: string }) {
  const { token } = await createShareLink(database.db, {
    takeIds: [takeId],
    title: options.title ?? "",
    expiresInDays: null,
    createdBy: creator.id,
    ...options,
  });
  return token;
}

async function unlockCookie(token: string): Promise<string> {
  const { cookie } = await unlockShareLink(database.db, {
    token,
    passphrase: PASSPHRASE,
    address: "203.0.113.1",
    secret: SECRET,
    throttle: createPassphraseThrottle(),
  });
  return `${SHARE_UNLOCK_COOKIE}=${cookie}`;
}

function request(token: string, tail: string, cookie?: string) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return new Request(`http://127.0.0.1/share/${token}/${tail}`, { headers });
}

function media(token: string, segments: string[], cookie?: string) {
  const req = request(token, `media/${segments.join("/")}`, cookie);
  return serveSharedMedia({ db: database.db, storage, request: req, token, keySegments: segments, secret: SECRET });
}

function download(token: string, id: string, cookie?: string) {
  const req = request(token, `download/${id}`, cookie);
  return serveSharedDownload({ db: database.db, storage, request: req, token, takeId: id, secret: SECRET });
}

async function expectNoVideo(response: Response, status: number) {
  expect(response.status).toBe(status);
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.includes(VIDEO.subarray(0, 64))).toBe(false);
  expect(body.toString()).not.toContain("POSTER-BYTES");
  expect(response.headers.get("content-type")).toMatch(/json/);
}

describe("media of a link with a passphrase", () => {
  it("refuses video, poster and download with 401 and no bytes until unlocked, then serves them", async () => {
    const token = await link({ passphrase: PASSPHRASE, allowDownload: true });
    await expectNoVideo(await media(token, ["videos", `${takeId}.mp4`]), 401);
    await expectNoVideo(await media(token, ["videos", `${takeId}.mp4`], `${SHARE_UNLOCK_COOKIE}=forged`), 401);
    await expectNoVideo(await media(token, ["posters", `${takeId}.jpg`]), 401);
    await expectNoVideo(await download(token, takeId), 401);
    const body = await (await media(token, ["videos", `${takeId}.mp4`])).json();
    expect(body.error.code).toBe("unauthorized:share_locked");

    const cookie = await unlockCookie(token);
    const video = await media(token, ["videos", `${takeId}.mp4`], cookie);
    expect(video.status).toBe(200);
    expect(Buffer.from(await video.arrayBuffer()).equals(VIDEO)).toBe(true);
    expect((await media(token, ["posters", `${takeId}.jpg`], cookie)).status).toBe(200);
    expect((await download(token, takeId, cookie)).status).toBe(200);
    // Unlocking does not widen what the link serves.
    expect((await media(token, ["..", "videos", `${takeId}.mp4`], cookie)).status).toBe(404);
  });
});

describe("allow download", () => {
  it("on: the page offers a download, served as an attachment named after the title, never the prompt", async () => {
    const token = await link({ allowDownload: true, title: "Kettle, take one" });
    const page = await loadSharePage(database.db, token, { secret: SECRET });
    expect(page && !page.locked && page.takes[0].downloadUrl).toBe(`/share/${token}/download/${takeId}`);
    const response = await download(token, takeId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="kling-kettle-take-one-${takeId.slice(0, 8)}\\.mp4"`),
    );
    expect(response.headers.get("content-disposition")).not.toContain("secret");
    expect(Buffer.from(await response.arrayBuffer()).equals(VIDEO)).toBe(true);
    const part = await serveSharedDownload({
      db: database.db,
      storage,
      request: new Request(`http://127.0.0.1/share/${token}/download/${takeId}`, { headers: { range: "bytes=0-9" } }),
      token,
      takeId,
      secret: SECRET,
    });
    expect(part.status).toBe(206);
  });

  it("off: the page offers none and the download route answers 403 with no bytes; watching still works", async () => {
    const token = await link({ allowDownload: false });
    const page = await loadSharePage(database.db, token, { secret: SECRET });
    expect(page && !page.locked && page.takes[0].downloadUrl).toBeNull();
    await expectNoVideo(await download(token, takeId), 403);
    expect((await (await download(token, takeId)).json()).error.code).toBe("forbidden:share_download");
    expect((await media(token, ["videos", `${takeId}.mp4`])).status).toBe(200);
  });

  it("refuses a take that is not the link's, and a malformed take id, with 404", async () => {
    const token = await link({ allowDownload: true });
    const other = await insertTake(database.db, { prompt: "not shared" });
    for (const id of [other.id, "../secret", `${takeId}/../x`, ""]) {
      expect((await download(token, id)).status, id).toBe(404);
    }
  });
});
