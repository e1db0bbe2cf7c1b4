import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { simpleMove } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio } from "@/lib/kling/fields";
import { ffmpegPath } from "@/lib/media/ffmpeg";
import { GLYPH_ADVANCE, GLYPH_HEIGHT, LINE_ADVANCE, rasterizeLines } from "./bitmap-font";
import { FRAME_SIZES, renderFrame } from "./raster";
import { titleLines } from "./raster-title";
import { renderClip } from "./render";

const dir = mkdtempSync(join(tmpdir(), "render-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROMPT = "A red fox runs through fresh snow at dawn";

describe("renderClip", () => {
  const cases: { aspectRatio: AspectRatio; size: string; camera: CameraControl | undefined }[] = [
    { aspectRatio: "16:9", size: "640x360", camera: simpleMove("pan", 5) },
    { aspectRatio: "9:16", size: "360x640", camera: { type: "forward_up" } },
    { aspectRatio: "1:1", size: "480x480", camera: undefined },
  ];
  for (const { aspectRatio, size, camera } of cases) {
    test(`${aspectRatio}: writes a faststart H.264 yuv420p MP4 of ${size}, 2.00 s long`, async () => {
      const outFile = join(dir, `clip-${aspectRatio.replace(":", "x")}.mp4`);
      const result = await renderClip({ prompt: PROMPT, aspectRatio, durationSec: 2, camera, outFile });
      expect(result).toMatchObject({ ...FRAME_SIZES[aspectRatio], fps: 24, frames: 48 });
      const info = probe(outFile);
      expect(info.video).toMatch(/Video: h264 .*yuv420p.*\b(\d+x\d+)\b/);
      expect(info.size).toBe(size);
      expect(info.duration).toBe("00:00:02.00");
      const boxes = topLevelBoxes(readFileSync(outFile));
      expect(boxes.indexOf("moov")).toBeGreaterThanOrEqual(0);
      expect(boxes.indexOf("moov")).toBeLessThan(boxes.indexOf("mdat"));
    });
  }

  // Render speed is measured by bench/render.bench.ts; a timed assertion here would flake on a busy machine.
  test("a 5 s clip has 120 frames, lasts 5.00 s, and leaves no temporary file beside it", async () => {
    const outFile = join(dir, "five.mp4");
    const result = await renderClip({
      prompt: PROMPT,
      aspectRatio: "16:9",
      durationSec: 5,
      camera: { type: "right_turn_forward" },
      outFile,
    });
    expect(result.frames).toBe(120);
    expect(probe(outFile).duration).toBe("00:00:05.00");
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((name) => name.includes("five.mp4"))).toEqual(["five.mp4"]);
  });

  test("rejects with ffmpeg's reason when the output cannot be written, and leaves no file", async () => {
    const outFile = join(dir, "missing-folder", "clip.mp4");
    await expect(
      renderClip({ prompt: PROMPT, aspectRatio: "16:9", durationSec: 1, camera: undefined, outFile }),
    ).rejects.toThrow(/ffmpeg/);
    expect(existsSync(outFile)).toBe(false);
  });
});

describe("renderFrame: the motion in the pixels", () => {
  test.each([
    { axis: "horizontal", value: 5, drift: "left", along: "x", pixels: 20 },
    { axis: "horizontal", value: -5, drift: "right", along: "x", pixels: 20 },
    { axis: "pan", value: 5, drift: "left", along: "x", pixels: 20 },
    { axis: "pan", value: -5, drift: "right", along: "x", pixels: 20 },
    // The horizon itself is at infinity, so a translation cannot move it; nearby objects show the move.
    { axis: "vertical", value: 5, drift: "down", along: "y", pixels: 10 },
    { axis: "vertical", value: -5, drift: "up", along: "y", pixels: 10 },
  ] as const)("$axis $value: the magenta cube drifts $drift", ({ axis, value, drift, along, pixels }) => {
    const [start, end] = endFrames(simpleMove(axis, value));
    expectDrift(magenta(end)[along] - magenta(start)[along], drift, pixels);
  });

  test.each([
    { value: 5, drift: "down" },
    { value: -5, drift: "up" },
  ])("tilt $value: the horizon row moves $drift", ({ value, drift }) => {
    const [start, end] = endFrames(simpleMove("tilt", value));
    expect(Math.abs(horizonRow(start) - 180)).toBeLessThanOrEqual(2);
    expectDrift(horizonRow(end) - horizonRow(start), drift, 40);
  });

  test.each([
    { value: 5, change: "shrinks (wider)" },
    { value: -5, change: "grows (tighter)" },
  ])("zoom $value: the magenta cube's area $change", ({ value, change }) => {
    const [start, end] = endFrames(simpleMove("zoom", value));
    const ratio = magenta(end).area / magenta(start).area;
    if (change.startsWith("shrinks")) expect(ratio).toBeLessThan(0.75);
    else expect(ratio).toBeGreaterThan(1.4);
  });

  test.each([
    { value: 5, turn: "counter-clockwise (its right end rises)", sign: -1 },
    { value: -5, turn: "clockwise (its right end falls)", sign: 1 },
  ])("roll $value: the horizon tilts $turn", ({ value, sign }) => {
    const [start, end] = endFrames(simpleMove("roll", value));
    expect(Math.abs(horizonRow(start, "right") - horizonRow(start, "left"))).toBeLessThanOrEqual(2);
    const slope = horizonRow(end, "right") - horizonRow(end, "left");
    expect(Math.abs(slope)).toBeGreaterThan(60);
    expect(Math.sign(slope)).toBe(sign);
  });

  // A still camera's frames differ only where the scene's subjects move: see ./render-subjects.test.ts.

  test("the title board carries the prompt: different prompts draw different boards", () => {
    const a = renderFrame({ prompt: "A red fox", aspectRatio: "16:9", camera: undefined }, 0);
    const b = renderFrame({ prompt: "A blue whale", aspectRatio: "16:9", camera: undefined }, 0);
    let differing = 0;
    for (let i = 0; i < a.length; i += 3) if (a[i] !== b[i]) differing++;
    expect(differing).toBeGreaterThan(200);
  });
});

describe("titleLines", () => {
  test("wraps the first ~60 characters into at most 3 uppercase lines of at most 20, marking the cut", () => {
    const lines = titleLines("A golden retriever surfing a huge wave at sunset, cinematic, slow motion, 4k");
    expect(lines).toEqual(["A GOLDEN RETRIEVER", "SURFING A HUGE WAVE", "AT SUNSET..."]);
  });

  test("makes room for the ellipsis by dropping whole words", () => {
    const lines = titleLines("Kling studio sandbox: a test clip with a long prompt that will be cut");
    expect(lines).toEqual(["KLING STUDIO", "SANDBOX: A TEST CLIP", "WITH A LONG..."]);
  });

  test("keeps a short prompt whole, strips accents, and draws unknown characters as ?", () => {
    expect(titleLines("  Café   crème  ")).toEqual(["CAFE CREME"]);
    expect(titleLines("猫 cat")).toEqual(["? CAT"]);
  });

  test("splits a word longer than a line", () => {
    expect(titleLines("x".repeat(25))).toEqual(["X".repeat(20), "XXXXX"]);
  });
});

describe("rasterizeLines", () => {
  test("draws each line centred in a mask as wide as the longest line", () => {
    const { width, height, mask } = rasterizeLines(["I", "III"]);
    expect(width).toBe(3 * GLYPH_ADVANCE - 1);
    expect(height).toBe(LINE_ADVANCE + GLYPH_HEIGHT);
    const inked = (y: number) => [...mask.subarray(y * width, (y + 1) * width)].map((v) => (v ? "#" : ".")).join("");
    // "I" is ".###." with a "..#.." stem: the single I sits in the middle glyph cell.
    expect(inked(0)).toBe("      .###.      ".replaceAll(" ", "."));
    expect(inked(LINE_ADVANCE)).toBe(".###...###...###.");
  });
});

const WIDTH = FRAME_SIZES["16:9"].width;
const HEIGHT = FRAME_SIZES["16:9"].height;

function endFrames(camera: CameraControl | undefined): [Uint8Array, Uint8Array] {
  const options = { prompt: PROMPT, aspectRatio: "16:9" as const, camera };
  return [renderFrame(options, 0), renderFrame(options, 1)];
}

/** A move on screen of more than `pixels`, toward `drift`: x grows to the right and y downward. */
function expectDrift(moved: number, drift: string, pixels: number) {
  expect(Math.abs(moved)).toBeGreaterThan(pixels);
  expect(Math.sign(moved)).toBe(drift === "left" || drift === "up" ? -1 : 1);
}

/** Centroid and area of the magenta cube, the only strongly magenta thing in the scene. */
function magenta(rgb: Uint8Array): { x: number; y: number; area: number } {
  let area = 0;
  let sx = 0;
  let sy = 0;
  for (let o = 0; o < WIDTH * HEIGHT; o++) {
    const [r, g, b] = [rgb[o * 3], rgb[o * 3 + 1], rgb[o * 3 + 2]];
    if (r > 110 && b > 110 && g < 0.55 * Math.min(r, b)) {
      area++;
      sx += o % WIDTH;
      sy += Math.floor(o / WIDTH);
    }
  }
  if (area < 50) throw new Error(`the magenta cube is not in the frame (${area} px)`);
  return { x: sx / area, y: sy / area, area };
}

/**
 * The median over columns of the first row from the top that is not sky; the median ignores the few
 * columns where a tall box stands above the horizon.
 */
function horizonRow(rgb: Uint8Array, part: "all" | "left" | "right" = "all"): number {
  const third = Math.round(WIDTH / 3);
  const [from, to] = part === "left" ? [0, third] : part === "right" ? [WIDTH - third, WIDTH] : [0, WIDTH];
  const rows: number[] = [];
  for (let x = from; x < to; x++) {
    let y = 0;
    while (y < HEIGHT && isSky(rgb, y * WIDTH + x)) y++;
    rows.push(y);
  }
  rows.sort((a, b) => a - b);
  return rows[Math.floor(rows.length / 2)];
}

function isSky(rgb: Uint8Array, o: number): boolean {
  const [r, g, b] = [rgb[o * 3], rgb[o * 3 + 1], rgb[o * 3 + 2]];
  return b > r + 25 && b > g + 8;
}

function probe(file: string): { video: string; size: string; duration: string } {
  const { stderr } = spawnSync(ffmpegPath(), ["-hide_banner", "-i", file], { encoding: "utf8" });
  const video = stderr.split("\n").find((line) => line.includes("Video:")) ?? "";
  return {
    video,
    size: /\b(\d{2,5}x\d{2,5})\b/.exec(video)?.[1] ?? "",
    duration: /Duration: (\d\d:\d\d:\d\d\.\d\d)/.exec(stderr)?.[1] ?? "",
  };
}

/** The types of the file's top-level ISO-BMFF boxes, in order. */
function topLevelBoxes(file: Buffer): string[] {
  const types: string[] = [];
  let offset = 0;
  while (offset + 8 <= file.length) {
    let size = file.readUInt32BE(offset);
    const type = file.toString("latin1", offset + 4, offset + 8);
    if (size === 1) size = Number(file.readBigUInt64BE(offset + 8));
    else if (size === 0) size = file.length - offset;
    if (size < 8) break;
    types.push(type);
    offset += size;
  }
  return types;
}
