/**
 * How fast the sandbox renders its stand-in videos: 5 s and 10 s 16:9 clips, a simple move and a preset,
 * three runs each. The requirement is faster than real time; the targets are well under it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleMove } from "@/lib/camera/pose";
import type { CameraControl } from "@/lib/kling/camera-control";
import { renderClip } from "@/lib/sandbox/render";

const RUNS = 3;
/** Render time targets per clip length, ms. */
const TARGET_MS: Record<number, number> = { 5: 2500, 10: 5000 };
const PROMPT = "A lighthouse on a cliff at dusk, waves crashing below, cinematic";

const CASES: { name: string; durationSec: number; camera: CameraControl }[] = [
  { name: "5 s, pan +5", durationSec: 5, camera: simpleMove("pan", 5) },
  { name: "5 s, right_turn_forward", durationSec: 5, camera: { type: "right_turn_forward" } },
  { name: "10 s, pan +5", durationSec: 10, camera: simpleMove("pan", 5) },
  { name: "10 s, right_turn_forward", durationSec: 10, camera: { type: "right_turn_forward" } },
];

export default async function renderBench(): Promise<{ title: string; markdown: string }> {
  const dir = await mkdtemp(join(tmpdir(), "render-bench-"));
  const rows: string[] = [];
  try {
    // One unmeasured clip so the first case does not pay for the JIT warming up.
    const warmUp = join(dir, "warm-up.mp4");
    await renderClip({ prompt: PROMPT, aspectRatio: "16:9", durationSec: 1, camera: undefined, outFile: warmUp });
    for (const [index, { name, durationSec, camera }] of CASES.entries()) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const outFile = join(dir, `case-${index}-${run}.mp4`);
        const result = await renderClip({ prompt: PROMPT, aspectRatio: "16:9", durationSec, camera, outFile });
        times.push(result.elapsedMs);
        await rm(outFile);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      const target = TARGET_MS[durationSec];
      rows.push(
        `| ${name} | ${durationSec * 24} | ${times[0]} | ${median} | ${times[times.length - 1]} | ` +
          `${((durationSec * 1000) / median).toFixed(1)}× | < ${target} ${median < target ? "✓" : "✗"} |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const markdown = [
    `\`renderClip\` at 640×360, 24 fps, H.264 (libx264 veryfast), ${RUNS} runs per case. Real-time factor =`,
    "clip seconds / median render seconds (above 1× is faster than real time).",
    "",
    "| case | frames | min ms | median ms | max ms | real-time factor | target (median ms) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
  return { title: "Sandbox video rendering", markdown };
}
