/**
 * `npm run bench`: runs every benchmark in this folder and writes their results, with the machine and
 * the date, to docs/benchmarks.md. Targets are checked here, not in timed unit tests.
 */
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

type BenchResult = { title: string; markdown: string };
type Bench = () => Promise<BenchResult>;

const BENCHES: Record<string, () => Promise<{ default: Bench }>> = {
  render: () => import("./render.bench"),
  load: () => import("./load.bench"),
  gallery: () => import("./gallery.bench"),
  polling: () => import("./polling.bench"),
  preview: () => import("./preview.bench"),
};

async function main() {
  const only = process.argv.slice(2);
  const sections: string[] = [];
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`bench: ${name}…`);
    const result = await (await load()).default();
    console.log(result.markdown);
    sections.push(`## ${result.title}\n\n${result.markdown.trim()}\n`);
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench`; numbers are from the last run on the machine below.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.platform()} ${os.release()}`,
    `- Node: ${process.version}`,
    "",
  ].join("\n");
  const target = path.resolve("docs/benchmarks.md");
  const previous = await readFile(target, "utf8").catch(() => "");
  await writeFile(target, `${header}\n${mergeSections(previous, sections).join("\n")}`);
  console.log(`wrote ${target}`);
}

/**
 * The sections of benches that did not run this time are kept from the previous file; a bench that ran
 * replaces its own section (same title) in place, or is added at the end.
 */
function mergeSections(previous: string, fresh: string[]): string[] {
  const titleOf = (section: string) => section.slice(0, section.indexOf("\n")).trim();
  const old = previous.split(/^(?=## )/m).slice(1).map((section) => `${section.trim()}\n`);
  const freshByTitle = new Map(fresh.map((section) => [titleOf(section), section]));
  const merged = old.map((section) => {
    const replacement = freshByTitle.get(titleOf(section));
    freshByTitle.delete(titleOf(section));
    return replacement ?? section;
  });
  return [...merged, ...freshByTitle.values()];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
