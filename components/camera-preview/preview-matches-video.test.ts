import { describe, expect, test } from "vitest";
import { cameraPoseAt, simpleMove } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import { FRAME_SIZES, renderFrame } from "@/lib/sandbox/raster";
import { paintFills, RecordingCanvas } from "@/test/support/preview-test-kit";
import { subjectPixels } from "@/test/support/subject-test-kit";
import { drawPreviewFrame } from "./draw-frame";

const SIZE = FRAME_SIZES["16:9"];

describe("the preview and the sandbox's video show the moving subjects in the same place", () => {
  // Moments when every subject has left where it started; the later the moment, the farther forward
  // right_turn_forward has carried the camera past the nearer subjects.
  test.each([
    { name: "a still camera", camera: undefined, progress: 0.6 },
    { name: "pan +5", camera: simpleMove("pan", 5), progress: 0.6 },
    { name: "vertical -4", camera: simpleMove("vertical", -4), progress: 0.6 },
    { name: "zoom -6", camera: simpleMove("zoom", -6), progress: 0.6 },
    { name: "right_turn_forward", camera: { type: "right_turn_forward" } satisfies CameraControl, progress: 0.3 },
  ])("$name, $progress of the way through: each subject covers the same pixels in both", ({ camera, progress }) => {
    const video = subjectPixels(renderFrame({ prompt: "A test", aspectRatio: "16:9", camera }, progress));
    const preview = subjectPixels(previewFrame(camera, progress));
    for (const [name, pixels] of video) {
      expect(pixels.size, `${name} in the video`).toBeGreaterThan(1000);
      // Both sample pixel centres with the same projection; only rounding at an edge may differ.
      expect(overlap(pixels, preview.get(name) ?? new Set()), name).toBeGreaterThan(0.99);
    }
  });

  test("a still camera: the preview's subjects at 0.6 of the clip are not where they were at the start", () => {
    const [start, later] = [0, 0.6].map((progress) => subjectPixels(previewFrame(undefined, progress)));
    for (const [name, pixels] of start) expect(overlap(pixels, later.get(name) ?? new Set()), name).toBeLessThan(0.8);
  });
});

function previewFrame(camera: CameraControl | undefined, progress: number): Uint8Array {
  const ctx = new RecordingCanvas();
  const target = { ctx, width: SIZE.width, height: SIZE.height, aspect: SIZE.width / SIZE.height };
  drawPreviewFrame(target, { pose: cameraPoseAt(camera, progress), progress });
  return paintFills(ctx.fills, SIZE);
}

/** Intersection over union of two pixel sets. */
function overlap(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const pixel of a) if (b.has(pixel)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 1 : both / either;
}
