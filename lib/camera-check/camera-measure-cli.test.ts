import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { testClipsPerFile } from "@/test/support/test-clips";

const { dir, clipOf } = testClipsPerFile("camera-measure-cli", ["tilt+"]);
const clip = clipOf("tilt+");

/** Runs scripts/camera-measure.ts the way `npm run camera:measure` does, without npm's banner. */
function cli(...args: string[]) {
  return spawnSync(
    join("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", join("scripts", "camera-measure.ts"), ...args],
    { encoding: "utf8", timeout: 60_000 },
  );
}

describe("npm run camera:measure", () => {
  test("prints one JSON line, move first and confidence second, and exits 0", () => {
    const run = cli(clip);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const result: Record<string, unknown> = JSON.parse(lines[0]);
    expect(Object.keys(result).slice(0, 2)).toEqual(["move", "confidence"]);
    expect(result.move).toBe("tilt+");
    expect(result).not.toHaveProperty("path");
  });

  test("a path that does not exist prints the reason to stderr and exits non-zero", () => {
    const run = cli(join(dir, "nowhere.mp4"));
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/No such file: .*nowhere\.mp4/);
  });
});
