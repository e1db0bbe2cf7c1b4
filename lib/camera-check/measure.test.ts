import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { simpleMove } from "@/lib/camera/pose";
import { renderClip } from "@/lib/sandbox/render";
import { TEST_CLIP, type TestMove, testClipsPerFile } from "@/test/support/test-clips";
import { measureCameraMove } from "./measure";
import type { MeasuredMove } from "./measurement";

const { dir, make } = testClipsPerFile("camera-measure-test");

async function measure(move: TestMove) {
  return measureCameraMove(await make(move));
}

describe("measureCameraMove on synthetic clips with a known move", () => {
  const cases: [TestMove, MeasuredMove, string][] = [
    ["pan+", "pan+", "the whole picture slides left"],
    ["pan+ with subject", "pan+", "the picture slides left while a square crosses it to the left, faster"],
    ["pan-", "pan-", "the whole picture slides right"],
    ["tilt+", "tilt+", "the whole picture slides down"],
    ["tilt-", "tilt-", "the whole picture slides up"],
    ["roll+", "roll+", "the picture turns counter-clockwise"],
    ["roll-", "roll-", "the picture turns clockwise"],
    ["zoom+", "zoom+", "the picture shrinks toward the centre"],
    ["zoom-", "zoom-", "the picture grows from the centre"],
    ["horizontal+", "horizontal+", "a near layer slides left faster than the far one"],
    ["horizontal-", "horizontal-", "a near layer slides right faster than the far one"],
    ["vertical+", "vertical+", "a near layer slides down faster than the far one"],
    ["vertical-", "vertical-", "a near layer slides up faster than the far one"],
  ];
  test.each(cases)("%s: measured as %s (%s)", async (move, expected) => {
    const result = await measure(move);
    expect(result.move).toBe(expected);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
  });

  test("a still picture measures as static with full confidence and a flat path", async () => {
    const result = await measure("static");
    expect(result).toMatchObject({ move: "static", confidence: 1 });
    for (const sample of result.path) {
      expect(
        Math.abs(sample.yaw) + Math.abs(sample.pitch) + Math.abs(sample.roll) + Math.abs(sample.zoom),
      ).toBeLessThan(1e-3);
    }
  });

  test("a textured square crossing a still background is a subject, not the camera: static", async () => {
    const result = await measure("subject");
    expect(result.move).toBe("static");
  });

  test("reports the source's size and rate, and a path from t = 0 to 1 whose yaw ends at the total", async () => {
    const result = await measure("pan+");
    expect(result).toMatchObject({ width: TEST_CLIP.width, height: TEST_CLIP.height, fps: TEST_CLIP.fps, frames: 48 });
    expect(result.figures.framesAnalysed).toBe(16);
    expect(result.path.length).toBeLessThanOrEqual(48);
    expect(result.path[0]).toEqual({ t: 0, yaw: 0, pitch: 0, roll: 0, zoom: 0, x: 0, y: 0, z: 0 });
    const end = result.path[result.path.length - 1];
    expect(end.t).toBe(1);
    expect((end.yaw * 180) / Math.PI).toBeCloseTo(result.figures.yawDeg, 1);
    // The crop window moved 60 of 384 px; at the assumed 50° vertical field of view that is about 12°.
    expect(result.figures.yawDeg).toBeGreaterThan(10);
    expect(result.figures.yawDeg).toBeLessThan(14);
    expect(result.elapsedMs).toBeGreaterThan(0);
  });

  test("the translation's path moves the camera in metres instead of turning it", async () => {
    const result = await measure("horizontal+");
    const end = result.path[result.path.length - 1];
    expect(end.x).toBeGreaterThan(0.1);
    expect(end.yaw).toBe(0);
    expect(result.figures.parallaxX).toBeGreaterThan(1);
  });
});

describe("measureCameraMove on the sandbox's own video", () => {
  test("a pan +6 rendered in reverse starts turned right and comes back: pan−", async () => {
    const outFile = join(dir, "sandbox-pan-reversed.mp4");
    await renderClip({
      prompt: "A lighthouse on a cliff",
      aspectRatio: "16:9",
      durationSec: 2,
      camera: simpleMove("pan", 6),
      outFile,
      reverse: true,
    });
    const result = await measureCameraMove(outFile);
    expect(result.move).toBe("pan-");
    // 6/10 of the pose model's 40° full turn.
    expect(result.figures.yawDeg).toBeCloseTo(-24, -0.5);
  });
});

describe("measureCameraMove errors", () => {
  test("a missing file rejects with its path", async () => {
    await expect(measureCameraMove(join(dir, "missing.mp4"))).rejects.toThrow(/No such file: .*missing\.mp4/);
  });

  test("a file that is not a video rejects saying so", async () => {
    const file = join(dir, "page.mp4");
    writeFileSync(file, "<html><body>Access denied</body></html>\n");
    await expect(measureCameraMove(file)).rejects.toThrow(/Not a video/);
  });

  test("an aborted signal rejects with its reason", async () => {
    const controller = new AbortController();
    controller.abort(new Error("user went away"));
    await expect(measureCameraMove(join(dir, "static.mp4"), { signal: controller.signal })).rejects.toThrow(
      "user went away",
    );
  });
});
