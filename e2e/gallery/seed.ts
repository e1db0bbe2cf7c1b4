/**
 * Fills a studio data folder with finished takes before the studio starts on it (PGlite allows one
 * process, so seeding cannot happen while the server runs):
 *
 *   tsx --conditions=react-server e2e/gallery/seed.ts <data dir> [count]
 *
 * Ready takes share one rendered 5 s clip, hard-linked under each take's media keys.
 */
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { createSeedMediaSource, seedGenerations } from "@/lib/db/seed-generations";

async function main() {
  const [dataDir, countText = "200"] = process.argv.slice(2);
  if (!dataDir) throw new Error("usage: seed.ts <data dir> [count]");
  const root = path.resolve(dataDir);
  const started = Date.now();
  const source = await createSeedMediaSource(path.join(root, "seed-source"));
  const database = await createDb({ kind: "pglite", dataDir: path.join(root, "db") });
  try {
    const ids = await seedGenerations(database.db, {
      count: Number(countText),
      media: { root: path.join(root, "media"), ...source },
    });
    console.log(`[seed] ${ids.length} takes in ${root} (${Date.now() - started} ms)`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
