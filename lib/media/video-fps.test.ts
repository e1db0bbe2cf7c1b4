import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getTake, insertTakeRow } from "@/lib/db/queries/takes";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { videoKey } from "@/lib/storage/storage";
import { required } from "@/test/support/required";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { runFfmpeg } from "./ffmpeg";
import { ensureVideoFps } from "./video-fps";

const database = testDatabasePerFile();
const dir = mkdtempSync(join(tmpdir(), "video-fps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const storage = createLocalStorage(join(dir, "media"));

async function storedTake(options: { rate?: string; videoFps?: number | null; stored?: boolean } = {}) {
  const row = takeRow({ status: "ready", videoDurationMs: 1000, videoFps: options.videoFps ?? null });
  const key = videoKey(row.id);
  if (options.stored !== false) {
    const file = join(dir, `${row.id}.mp4`);
    await runFfmpeg([
      ...["-loglevel", "error", "-f", "lavfi", "-i", `testsrc=size=64x36:rate=${options.rate ?? "25"}`, "-t", "1"],
      ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-y", file],
    ]);
    await storage.putFile({ key, filePath: file, contentType: "video/mp4" });
  }
  return insertTakeRow(database.db, { ...row, videoKey: key });
}

describe("the frame rate of takes stored before it was read at download", () => {
  it("reads it from the stored file once and keeps it on the take", async () => {
    const take = await storedTake({ rate: "25" });
    expect(take.videoFps).toBeNull();
    expect(await ensureVideoFps(database.db, { take, storage })).toBe(25);
    expect(required(await getTake(database.db, take.id), "the take").videoFps).toBe(25);
  });

  it("keeps a stored rate without reading the file", async () => {
    const take = await storedTake({ videoFps: 30, stored: false });
    expect(await ensureVideoFps(database.db, { take, storage })).toBe(30);
  });

  it("answers unknown (the player's fallback) when the file is missing or the take is not ready", async () => {
    const missing = await storedTake({ stored: false });
    expect(await ensureVideoFps(database.db, { take: missing, storage })).toBeNull();
    expect(required(await getTake(database.db, missing.id), "the take").videoFps).toBeNull();
    const running = { ...(await storedTake({ stored: false })), status: "processing" as const };
    expect(await ensureVideoFps(database.db, { take: running, storage })).toBeNull();
  });
});
