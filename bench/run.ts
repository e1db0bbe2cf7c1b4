/**
 * `npm run bench [name…]`: runs the named benchmarks in this folder (all without names) and writes their
 * results to docs/benchmarks.md. Each benchmark owns one marked section there, stamped with its own
 * date and machine; a run replaces only the sections of the benchmarks it ran and keeps the others.
 * Targets are checked here, not in timed unit tests.
 */
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

type BenchResult = { title: string; markdown: string };
type Bench = () => Promise<BenchResult>;

const BENCHES: Record<string, () => Promise<{ default: Bench }>> = {
  render: () => import("./render.bench"),
  load: () => import("./load.bench"),
  gallery: () => import("./gallery.bench"),
  shots: () => import("./shots.bench"),
  polling: () => import("./polling.bench"),
  preview: () => import("./preview.bench"),
  camera: () => import("./camera.bench"),
};

const HEADER = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (all) or `npm run bench <name>…` (some: render, load, gallery, shots, polling, preview, camera).",
  "Each section is the last run of its benchmark, with the date and machine it ran on; a run rewrites only",
  "the sections of the benchmarks it ran.",
  "",
].join("\n");

async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`);
  const target = path.resolve("docs/benchmarks.md");
  const sections = readSections(await readFile(target, "utf8").catch(() => ""));
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`bench: ${name}…`);
    const result = await (await load()).default();
    console.log(result.markdown);
    sections.set(name, `## ${result.title}\n\n_${stamp()}_\n\n${result.markdown.trim()}`);
    // Written after each benchmark, so a later failure keeps the finished ones.
    await writeFile(target, render(sections));
  }
  // The tables are written unpadded; the formatter aligns them as `npm run lint` expects.
  const formatted = spawnSync(
    process.execPath,
    ["node_modules/@biomejs/biome/bin/biome", "format", "--write", target],
    {
      stdio: "inherit",
    },
  );
  if (formatted.status !== 0) throw new Error(`could not format ${target}`);
  console.log(`wrote ${target}`);
}

/** The marked sections of an existing file, by benchmark name. */
function readSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of text.matchAll(/<!-- bench:([a-z]+) -->\n([\s\S]*?)\n<!-- \/bench:\1 -->/g)) {
    sections.set(match[1], match[2].trim());
  }
  return sections;
}

function render(sections: Map<string, string>): string {
  const known = Object.keys(BENCHES).filter((name) => sections.has(name));
  const body = known.map((name) => `<!-- bench:${name} -->\n${sections.get(name)}\n<!-- /bench:${name} -->\n`);
  return `${HEADER}\n${body.join("\n")}`;
}

function stamp(): string {
  const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU";
  const load = os.loadavg()[0].toFixed(1);
  return (
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${cpu}, ` +
    `${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}; load average at the end ${load}.`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
