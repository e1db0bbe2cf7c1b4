import "server-only";
/**
 * Small synthetic clips with a known camera move, made by ffmpeg from still noise textures, for the
 * measurement's tests. Each move eases in and out (smoothstep) like the real ones:
 * - pan / tilt: a window sliding over one texture (every point shifts alike: no parallax);
 * - horizontal / vertical: a far layer sliding slowly, a near layer (the bottom of the frame) fast;
 * - roll: the texture turning about the frame's centre; zoom: the window growing or shrinking;
 * - subject: a still background with a textured square crossing it (also over a pan+, moving the other way).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { runFfmpeg } from "@/lib/media/ffmpeg";

export type TestMove =
  | "static"
  | "subject"
  | "pan+ with subject"
  | "pan+"
  | "pan-"
  | "tilt+"
  | "tilt-"
  | "roll+"
  | "roll-"
  | "zoom+"
  | "zoom-"
  | "horizontal+"
  | "horizontal-"
  | "vertical+"
  | "vertical-";

export const TEST_CLIP = { width: 384, height: 216, fps: 24, durationSec: 2 } as const;

/**
 * A temp folder for one test file's clips: the textures are made before its tests, with a clip of each of
 * `moves` (at `clipOf(move)`), and the folder is removed after them. `make` adds a clip during a test.
 */
export function testClipsPerFile(name: string, moves: TestMove[] = []) {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const clipOf = (move: TestMove) => join(dir, `${move.replaceAll(" ", "-")}.mp4`);
  const make = async (move: TestMove) => {
    await makeTestClip({ dir, move, outFile: clipOf(move) });
    return clipOf(move);
  };
  beforeAll(async () => {
    await makeTextures(dir);
    for (const move of moves) await make(move);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, clipOf, make };
}

/** Two still textures (far and near) in `dir`; call once before making clips there. */
async function makeTextures(dir: string): Promise<void> {
  for (const [name, size, seedExpr] of [
    ["far", 96, "random(1)"],
    ["near", 64, "random(2)"],
  ] as const) {
    await runFfmpeg([
      "-loglevel",
      "error",
      "-f",
      "lavfi",
      "-i",
      `nullsrc=s=${size}x${size},geq=lum='255*${seedExpr}':cb=128:cr=128,scale=960:960:flags=bicubic`,
      "-frames:v",
      "1",
      "-y",
      join(dir, `${name}.png`),
    ]);
  }
}

/** Writes an H.264 MP4 of the move to `outFile`, using the textures made by makeTextures in `dir`. */
async function makeTestClip(clip: { dir: string; move: TestMove; outFile: string }): Promise<void> {
  const { width, height, fps, durationSec } = TEST_CLIP;
  // Smoothstep of normalized time; quoted so the commas stay inside the expression.
  const eased = `(min(t/${durationSec},1)^2*(3-2*min(t/${durationSec},1)))`;
  const frames = Math.round(fps * durationSec);
  // zoompan counts output frames instead of time.
  const easedFrames = `(min(on/${frames - 1},1)^2*(3-2*min(on/${frames - 1},1)))`;
  const window = (x: string, y: string) => `crop=${width}:${height}:x='${x}':y='${y}'`;
  const graphs: Record<TestMove, string> = {
    static: `[0]${window("300", "300")}[v]`,
    subject: `[0]${window("300", "300")}[bg];[1]crop=80:80:0:0[box];[bg][box]overlay=x='40+240*${eased}':y=60[v]`,
    "pan+ with subject": `[0]${window(`280+60*${eased}`, "300")}[bg];[1]crop=80:80:0:0[box];[bg][box]overlay=x='280-240*${eased}':y=60[v]`,
    "pan+": `[0]${window(`280+60*${eased}`, "300")}[v]`,
    "pan-": `[0]${window(`340-60*${eased}`, "300")}[v]`,
    "tilt+": `[0]${window("300", `330-40*${eased}`)}[v]`,
    "tilt-": `[0]${window("300", `290+40*${eased}`)}[v]`,
    "roll+": turn(-0.3),
    "roll-": turn(0.3),
    "zoom+": zoom(`1.5-0.5*${easedFrames}`),
    "zoom-": zoom(`1+0.5*${easedFrames}`),
    "horizontal+": layers({ far: [`300+12*${eased}`, "300"], near: [`300+90*${eased}`, "300"] }),
    "horizontal-": layers({ far: [`312-12*${eased}`, "300"], near: [`390-90*${eased}`, "300"] }),
    "vertical+": layers({ far: ["300", `312-12*${eased}`], near: ["300", `390-90*${eased}`] }),
    "vertical-": layers({ far: ["300", `300+12*${eased}`], near: ["300", `300+90*${eased}`] }),
  };
  const graph = graphs[clip.move];
  // Each still is read once and repeated by the loop filter (re-reading a PNG per frame is slow).
  const still = (input: number) => `[${input}]loop=loop=${frames - 1}:size=1:start=0,setpts=N/${fps}/TB[s${input}];`;
  const usesNear = graph.includes("[1]");
  await runFfmpeg([
    "-loglevel",
    "error",
    ...["-i", join(clip.dir, "far.png")],
    ...(usesNear ? ["-i", join(clip.dir, "near.png")] : []),
    "-filter_complex",
    still(0) + (usesNear ? still(1) : "") + graph.replaceAll("[0]", "[s0]").replaceAll("[1]", "[s1]"),
    ...["-map", "[v]", "-frames:v", String(frames), "-r", String(fps)],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-y", clip.outFile],
  ]);

  /** ffmpeg's rotate turns clockwise for positive angles; a roll + turns the image counter-clockwise. */
  function turn(radians: number): string {
    return `[0]crop=480:480:240:240,rotate=a='${radians}*${eased}':c=gray[r];[r]${window("(iw-ow)/2", "(ih-oh)/2")}[v]`;
  }

  function zoom(factor: string): string {
    return `[0]crop=768:432:96:260[c];[c]zoompan=z='${factor}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=1:s=${width}x${height}:fps=${fps}[v]`;
  }

  /** The far texture everywhere, the near one over the bottom 45% of the frame, each in its own window. */
  function layers(at: { far: [string, string]; near: [string, string] }): string {
    const nearHeight = Math.round(height * 0.45);
    return (
      `[0]${window(at.far[0], at.far[1])}[far];` +
      `[1]crop=${width}:${nearHeight}:x='${at.near[0]}':y='${at.near[1]}'[near];` +
      `[far][near]overlay=x=0:y=${height - nearHeight}[v]`
    );
  }
}
