import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runFfmpeg } from "@/lib/media/ffmpeg";
import { TEST_CLIP, testClipsPerFile } from "@/test/support/test-clips";
import { openGrayVideo, parseFfmpegReport } from "./decode";

const { dir, clipOf } = testClipsPerFile("camera-decode-test", ["pan+"]);
const clip = clipOf("pan+");

const REPORT = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'clip.mp4':
  Metadata:
    major_brand     : isom
  Duration: 00:00:05.00, start: 0.000000, bitrate: 172 kb/s
    Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 640x360, 169 kb/s, 24 fps, 24 tbr, 12288 tbn, 48 tbc (default)
Stream mapping:
  Stream #0:0 -> #0:0 (h264 (native) -> rawvideo (native))
Output #0, rawvideo, to 'pipe:1':
    Stream #0:0(und): Video: rawvideo (Y800 / 0x30303859), gray, 192x108, q=2-31, 3981 kb/s, 8 fps, 8 tbn, 8 tbc (default)
`;

describe("parseFfmpegReport", () => {
  test("reads the source's size, rate and duration and the scaled output size", () => {
    expect(parseFfmpegReport(REPORT, 8)).toEqual({
      width: 192,
      height: 108,
      sourceWidth: 640,
      sourceHeight: 360,
      fps: 24,
      durationSec: 5,
      sampleFps: 8,
    });
  });

  test("waits (undefined) until the output stream has been reported", () => {
    expect(parseFfmpegReport(REPORT.slice(0, REPORT.indexOf("Output #0")), 8)).toBeUndefined();
  });

  test("a report whose input has no video stream is an error", () => {
    const audioOnly = REPORT.replace(
      /Stream #0:0\(und\): Video: h264[^\n]*/,
      "Stream #0:0(und): Audio: aac (LC), 44100 Hz",
    );
    expect(parseFfmpegReport(audioOnly, 8)).toBeInstanceOf(Error);
  });
});

describe("openGrayVideo", () => {
  test("hands out the clip resampled to 8 fps as 192-px-wide grayscale frames, in order", async () => {
    const video = await openGrayVideo(clip);
    expect(video.info).toMatchObject({ width: 192, height: 108, sourceWidth: TEST_CLIP.width, fps: TEST_CLIP.fps });
    const times: number[] = [];
    for await (const frame of video.frames()) {
      expect(frame.data).toHaveLength(192 * 108);
      times.push(frame.timeSec);
    }
    expect(times).toHaveLength(TEST_CLIP.durationSec * 8);
    expect(times.slice(0, 3)).toEqual([0, 0.125, 0.25]);
  });

  test("stopping early with an abort rejects with its reason and leaves no ffmpeg running", async () => {
    const controller = new AbortController();
    const video = await openGrayVideo(clip, { signal: controller.signal });
    let runningMidway = 0;
    const read = async () => {
      for await (const frame of video.frames()) {
        if (frame.index !== 1) continue;
        // Still decoding: held back by the paused pipe rather than buffering the whole clip here.
        runningMidway = ffmpegChildren().length;
        controller.abort(new Error("no longer needed"));
      }
    };
    await expect(read()).rejects.toThrow("no longer needed");
    if (process.platform === "linux") expect(runningMidway).toBe(1);
    await waitFor(() => ffmpegChildren().length === 0);
    expect(ffmpegChildren()).toEqual([]);
  });

  test("a file with sound but no picture rejects saying it has no video stream", async () => {
    const sound = join(dir, "sound.m4a");
    await runFfmpeg(["-loglevel", "error", "-f", "lavfi", "-i", "sine=d=1", "-y", sound]);
    await expect(openGrayVideo(sound)).rejects.toThrow(/no video stream/);
  });

  test("a directory is not a file", async () => {
    await expect(openGrayVideo(dir)).rejects.toThrow(/Not a file/);
  });
});

/** Child processes of this test process that run ffmpeg (Linux /proc). */
function ffmpegChildren(): number[] {
  if (process.platform !== "linux") return [];
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …
      const match = /^\d+ \((.*)\) \S+ (\d+)/.exec(stat);
      if (match && Number(match[2]) === process.pid && match[1].includes("ffmpeg")) found.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
