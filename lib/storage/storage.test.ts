import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { MediaStorage } from "./storage";

let dir: string;
let s3server: S3rver;
let s3endpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "studio-storage-"));
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(dir, "s3"),
    configureBuckets: [{ name: "studio", configs: [] }],
  });
  const { address, port } = await s3server.run();
  s3endpoint = `http://${address}:${port}`;
});

afterAll(async () => {
  await s3server?.close();
  await rm(dir, { recursive: true, force: true });
});

const backends: [string, () => MediaStorage][] = [
  ["local folder", () => createLocalStorage(path.join(dir, "local"))],
  [
    "S3-compatible bucket",
    () =>
      createS3Storage({
        bucket: "studio",
        region: "us-east-1",
        endpoint: s3endpoint,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        prefix: "media/",
      }),
  ],
];

describe.each(backends)("media storage: %s", (_name, make) => {
  it("stores a file and reads it back whole and by byte range", async () => {
    const storage = make();
    const bytes = randomBytes(200_000);
    const source = path.join(dir, `upload-${Math.random()}.mp4`);
    await writeFile(source, bytes);
    const id = `t${Date.now()}`;
    const stored = await storage.putFile({ key: `videos/${id}.mp4`, filePath: source, contentType: "video/mp4" });
    expect(stored.size).toBe(bytes.length);
    expect(await storage.stat(`videos/${id}.mp4`)).toEqual({ size: bytes.length, contentType: "video/mp4" });

    const whole = Buffer.from(await new Response(await storage.read(`videos/${id}.mp4`)).arrayBuffer());
    expect(whole.equals(bytes)).toBe(true);
    const part = Buffer.from(
      await new Response(await storage.read(`videos/${id}.mp4`, { start: 1000, end: 1999 })).arrayBuffer(),
    );
    expect(part.equals(bytes.subarray(1000, 2000))).toBe(true);
  });

  it("says a missing object is missing and deletes idempotently", async () => {
    const storage = make();
    expect(await storage.stat("videos/absent.mp4")).toBeNull();
    const source = path.join(dir, `poster-${Math.random()}.jpg`);
    await writeFile(source, "jpeg");
    await storage.putFile({ key: "posters/gone.jpg", filePath: source, contentType: "image/jpeg" });
    await storage.delete("posters/gone.jpg");
    await storage.delete("posters/gone.jpg");
    expect(await storage.stat("posters/gone.jpg")).toBeNull();
  });

  it("refuses keys that could escape its folder or bucket prefix", async () => {
    const storage = make();
    await expect(storage.stat("../etc/passwd")).rejects.toThrow(/not valid/);
    await expect(storage.read("videos/../../secret.mp4")).rejects.toThrow(/not valid/);
  });
});

describe("local storage", () => {
  it("never exposes a partly written file under its key", async () => {
    const storage = createLocalStorage(path.join(dir, "atomic"));
    const source = path.join(dir, "atomic-src.mp4");
    await writeFile(source, randomBytes(1024));
    await storage.putFile({ key: "videos/atomic.mp4", filePath: source, contentType: "video/mp4" });
    expect((await readFile(path.join(dir, "atomic", "videos", "atomic.mp4"))).length).toBe(1024);
  });
});
