import { describe, expect, test } from "vitest";
import { restPose, simpleMove, type Vec3 } from "@/lib/camera/pose";
import { makeProjector } from "@/lib/camera/projection";
import { boxCorners, SCENE, subjectAt } from "@/lib/camera/scene";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio } from "@/lib/kling/fields";
import { subjectPixels } from "@/test/support/subject-test-kit";
import { createFrameRenderer, FRAME_SIZES, renderFrame } from "./raster";

const PROMPT = "A red fox runs through fresh snow at dawn";
const ASPECTS: AspectRatio[] = ["16:9", "9:16", "1:1"];

describe("renderFrame: the moving subjects", () => {
  test.each([
    { name: "no camera control", camera: undefined },
    { name: "a value of 0", camera: simpleMove("zoom", 0) },
  ])("$name: between the first and last frames, only pixels where a subject stands change", ({ camera }) => {
    const [start, end] = [0, 1].map((t) => frame("16:9", t, camera));
    const { width, height } = FRAME_SIZES["16:9"];
    const areas = [0, 1].flatMap((t) =>
      SCENE.subjects.map((subject) => restRect("16:9", boxCorners(subjectAt(subject, t)))),
    );
    let changed = 0;
    let elsewhere = 0;
    for (let o = 0; o < width * height; o++) {
      if (start[o * 3] === end[o * 3] && start[o * 3 + 1] === end[o * 3 + 1] && start[o * 3 + 2] === end[o * 3 + 2])
        continue;
      changed++;
      const [x, y] = [o % width, Math.floor(o / width)];
      if (!areas.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) elsewhere++;
    }
    expect(elsewhere).toBe(0);
    expect(changed).toBeGreaterThan(0.02 * width * height);
  });

  test.each(ASPECTS)(
    "%s, a still camera: the first and last frames show every subject the frame is wide enough for",
    (aspectRatio) => {
      // The 9:16 frame is no wider than the title board at its distance; the cart passes beside it.
      const expected = SCENE.subjects
        .map((subject) => subject.name)
        .filter((name) => aspectRatio !== "9:16" || name !== "lime cart");
      for (const t of [0, 1]) {
        const pixels = subjectPixels(frame(aspectRatio, t));
        for (const name of expected) expect(pixels.get(name)?.size, `${name} at t = ${t}`).toBeGreaterThan(1500);
      }
    },
  );

  test("16:9, a still camera: the subjects cover a minority of the frame, 5–15 %, at the start and the end", () => {
    const { width, height } = FRAME_SIZES["16:9"];
    for (const t of [0, 1]) {
      const pixels = [...subjectPixels(frame("16:9", t)).values()];
      const share = pixels.reduce((sum, set) => sum + set.size, 0) / (width * height);
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.15);
    }
  });

  test("a reversed clip of a still camera is the forward clip frame for frame: the subjects still go forward", () => {
    const options = { prompt: PROMPT, aspectRatio: "16:9" as const, camera: undefined };
    const forward = createFrameRenderer(options);
    const reversed = createFrameRenderer({ ...options, reverse: true });
    for (const t of [0, 0.3, 1]) {
      // renderClip hands a reversed clip's renderer the camera's progress, 1 − the clip's.
      expect(Buffer.compare(reversed.render(1 - t), forward.render(t)), `at t = ${t}`).toBe(0);
    }
  });

  test.each(ASPECTS)("%s, a still camera: no subject ever covers the title board", (aspectRatio) => {
    const board = SCENE.titleBoard;
    const [cx, cy, cz] = board.center;
    const [halfW, halfH] = [board.width / 2, board.height / 2];
    const corners: Vec3[] = [
      [cx - halfW, cy - halfH, cz],
      [cx + halfW, cy + halfH, cz],
    ];
    const rect = restRect(aspectRatio, corners);
    const { width } = FRAME_SIZES[aspectRatio];
    const first = frame(aspectRatio, 0);
    for (let step = 1; step <= 10; step++) {
      const later = frame(aspectRatio, step / 10);
      let changed = 0;
      // One pixel in from the board's edge: edge pixels also show what is behind it.
      for (let y = rect.top + 2; y <= rect.bottom - 2; y++) {
        for (let x = rect.left + 2; x <= rect.right - 2; x++) {
          const o = (y * width + x) * 3;
          if (first[o] !== later[o] || first[o + 1] !== later[o + 1] || first[o + 2] !== later[o + 2]) changed++;
        }
      }
      expect(changed, `board pixels changed by t = ${step / 10}`).toBe(0);
    }
  });
});

function frame(aspectRatio: AspectRatio, t: number, camera?: CameraControl): Uint8Array {
  return renderFrame({ prompt: PROMPT, aspectRatio, camera }, t);
}

/** The pixel rectangle (inclusive, one pixel of margin) around points seen from the rest pose. */
function restRect(
  aspectRatio: AspectRatio,
  points: Vec3[],
): { left: number; top: number; right: number; bottom: number } {
  const { width, height } = FRAME_SIZES[aspectRatio];
  const project = makeProjector(restPose(), width / height);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const point of points) {
    const p = project(point);
    if (!p) throw new Error(`${point.join(", ")} is behind the camera`);
    xs.push(((p.x + 1) / 2) * width);
    ys.push(((p.y + 1) / 2) * height);
  }
  return {
    left: Math.floor(Math.min(...xs)) - 1,
    top: Math.floor(Math.min(...ys)) - 1,
    right: Math.ceil(Math.max(...xs)) + 1,
    bottom: Math.ceil(Math.max(...ys)) + 1,
  };
}
