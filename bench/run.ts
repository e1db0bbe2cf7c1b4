/**
 * `npm run bench`: runs every benchmark in this folder and writes their results, with the machine and
 * the date, to docs/benchmarks.md. Targets are checked here, not in timed unit tests.
 */
import { writeFile } from "node:fs/promises";
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
  await writeFile(target, `${header}\n${sections.join("\n")}`);
  console.log(`wrote ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
