import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFfmpeg } from "./ffmpeg";
import { readMp4Info, readMp4InfoFrom } from "./mp4";

const dir = mkdtempSync(join(tmpdir(), "mp4-fps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real H.264 MP4 of `seconds` at `rate` frames a second, as ffmpeg writes it. */
async function clip(name: string, rate: string, seconds: number, extra: string[] = []): Promise<string> {
  const file = join(dir, name);
  await runFfmpeg([
    ...["-loglevel", "error", "-f", "lavfi", "-i", `testsrc=size=96x54:rate=${rate}`, "-t", String(seconds)],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", ...extra, "-y", file],
  ]);
  return file;
}

const files: Record<string, string> = {};
beforeAll(async () => {
  files.at24 = await clip("24.mp4", "24", 2);
  files.at30 = await clip("30.mp4", "30", 1, ["-movflags", "+faststart"]);
  files.ntsc = await clip("ntsc.mp4", "30000/1001", 1);
}, 60_000);

describe("reading an MP4's frame rate", () => {
  it("reads 24, 30 and 29.97 fps from real files, with their durations", async () => {
    expect(await readMp4Info(files.at24)).toMatchObject({ fps: 24, durationMs: 2000, faststart: false });
    expect(await readMp4Info(files.at30)).toMatchObject({ fps: 30, durationMs: 1000, faststart: true });
    expect((await readMp4Info(files.ntsc)).fps).toBeCloseTo(29.97, 2);
  });

  it("reads the same from byte ranges, as from a stored video", async () => {
    const bytes = readFileSync(files.at24);
    const reads: number[] = [];
    const info = await readMp4InfoFrom({
      size: bytes.length,
      read: async (offset, length) => {
        reads.push(length);
        return bytes.subarray(offset, offset + length);
      },
    });
    expect(info.fps).toBe(24);
    // Box headers and the moov box, never the whole file in one read.
    expect(Math.max(...reads)).toBeLessThan(bytes.length);
  });

  it("says unknown, never throws, for a moov cut short; refuses what is not an MP4", async () => {
    const bytes = readFileSync(files.at30);
    // Every read stops after 200 bytes: the mvhd (first in the moov) is whole, the tracks are cut off.
    const cut = await readMp4InfoFrom({
      size: bytes.length,
      read: async (offset, length) => bytes.subarray(offset, offset + Math.min(length, 200)),
    });
    expect(cut).toMatchObject({ durationMs: 1000, fps: null });
    const html = Buffer.from("<html>not a video</html>");
    await expect(readMp4InfoFrom({ size: html.length, read: async (o, l) => html.subarray(o, o + l) })).rejects.toThrow(
      "not an MP4",
    );
  });
});
