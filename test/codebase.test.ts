/**
 * Rules the codebase keeps that no compiler checks: no source file grows past 300 lines. (Import cycles
 * are refused by `npm run lint`: Biome's noImportCycles rule is an error.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MAX_LINES = 300;
const SOURCE = /\.(ts|tsx|js|mjs|cjs|css)$/;
/** Written by tools, not by hand. */
const GENERATED = [/^lib\/db\/migrations\//, /^next-env\.d\.ts$/];
/** Folders of the project's own code; everything else (node_modules, .next, data) is not ours to count. */
const ROOTS = ["app", "bench", "components", "e2e", "lib", "public", "scripts", "test"];

function sourceFiles(): string[] {
  const files = readdirSync(".").filter((name) => SOURCE.test(name));
  for (const root of ROOTS) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      const file = path.relative(".", path.join(entry.parentPath, entry.name));
      if (entry.isFile() && SOURCE.test(file)) files.push(file);
    }
  }
  return files.filter((file) => !GENERATED.some((pattern) => pattern.test(file)));
}

describe("the codebase", () => {
  it("finds its source files", () => {
    expect(sourceFiles()).toContain("test/codebase.test.ts");
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = sourceFiles()
      .map((file) => ({ file, lines: readFileSync(file, "utf8").split("\n").length - 1 }))
      .filter((entry) => entry.lines > MAX_LINES)
      .map((entry) => `${entry.file}: ${entry.lines} lines`);
    expect(long).toEqual([]);
  });
});
