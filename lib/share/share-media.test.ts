import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { createLocalStorage } from "@/lib/storage/local-storage";
import type { MediaStorage } from "@/lib/storage/storage";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { createShareLink, revokeShareLink } from "./share-links";
import { serveSharedMedia } from "./share-media";

let database: TestDatabase;
let handle: DbHandle;
let root: string;
let storage: MediaStorage;
let token: string;
let linkId: string;
let sharedId: string;
let otherId: string;
const VIDEO = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 251));

beforeAll(async () => {
  database = await createTestDatabase();
  handle = await createDb(database.options);
  root = await mkdtemp(path.join(tmpdir(), "share-media-"));
  storage = createLocalStorage(root);
  const member = await insertMember(handle.db, { name: "Sam", role: "creator" });
  const shared = await insertTake(handle.db, { prompt: "shared" });
  const other = await insertTake(handle.db, { prompt: "not shared" });
  sharedId = shared.id;
  otherId = other.id;
  for (const id of [sharedId, otherId]) {
    await mkdir(path.join(root, "videos"), { recursive: true });
    await mkdir(path.join(root, "posters"), { recursive: true });
    await writeFile(path.join(root, "videos", `${id}.mp4`), VIDEO);
    await writeFile(path.join(root, "posters", `${id}.jpg`), Buffer.from("jpeg bytes"));
  }
  // A file outside storage that a traversal would reach.
  await writeFile(path.join(root, "secret.txt"), "do not serve");
  const created = await createShareLink(handle.db, {
    takeIds: [sharedId],
    title: "",
    expiresInDays: null,
    createdBy: member.id,
  });
  token = created.token;
  linkId = created.link.id;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
  if (root) await rm(root, { recursive: true, force: true });
});

function get(keySegments: string[], headers: Record<string, string> = {}, tokenValue = token) {
  const request = new Request(`http://127.0.0.1/share/${tokenValue}/media/${keySegments.join("/")}`, { headers });
  return serveSharedMedia({ db: handle.db, storage, request, token: tokenValue, keySegments, secret: "test-secret" });
}

describe("share media route", () => {
  it("serves the link's video whole and by Range, and its poster", async () => {
    const whole = await get(["videos", `${sharedId}.mp4`]);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.from(await whole.arrayBuffer()).equals(VIDEO)).toBe(true);

    const part = await get(["videos", `${sharedId}.mp4`], { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 100-199/1000");
    expect(Buffer.from(await part.arrayBuffer()).equals(VIDEO.subarray(100, 200))).toBe(true);

    const beyond = await get(["videos", `${sharedId}.mp4`], { range: "bytes=5000-" });
    expect(beyond.status).toBe(416);

    const poster = await get(["posters", `${sharedId}.jpg`]);
    expect(poster.status).toBe(200);
    expect(await poster.text()).toBe("jpeg bytes");
  });

  it("refuses another take's media", async () => {
    expect((await get(["videos", `${otherId}.mp4`])).status).toBe(404);
    expect((await get(["posters", `${otherId}.jpg`])).status).toBe(404);
  });

  it("refuses path traversal, encoded or not, and absolute paths", async () => {
    const attempts = [
      ["..", "secret.txt"],
      ["videos", "..", "secret.txt"],
      ["videos", "..", "..", "..", "etc", "passwd"],
      ["%2e%2e", "secret.txt"],
      ["videos", "%2e%2e%2fsecret.txt"],
      ["videos", `${sharedId}.mp4`, "..", "..", "secret.txt"],
      ["", "etc", "passwd"],
      ["/etc/passwd"],
      [path.join(root, "secret.txt")],
      ["videos", `..%2f${otherId}.mp4`],
    ];
    for (const segments of attempts) {
      const response = await get(segments);
      expect(response.status, segments.join("/")).toBe(404);
      expect(await response.text()).not.toContain("do not serve");
    }
  });

  it("refuses an unknown token and a revoked link", async () => {
    expect((await get(["videos", `${sharedId}.mp4`], {}, "A".repeat(43))).status).toBe(404);
    expect((await get(["videos", `${sharedId}.mp4`], {}, "../../secret")).status).toBe(404);
    const member = await insertMember(handle.db, { name: "Rev", role: "admin" });
    await revokeShareLink(handle.db, { linkId, actor: member });
    expect((await get(["videos", `${sharedId}.mp4`])).status).toBe(404);
  });
});
