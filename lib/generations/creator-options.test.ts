import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { insertGeneration } from "@/lib/db/queries/generations";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { CREATORS_TTL_MS, loadCreatorOptions } from "./gallery-data";

let database: DbHandle;
let fresh: TestDatabase;

beforeAll(async () => {
  fresh = await createTestDatabase();
  database = await createDb(fresh.options);
});

afterAll(async () => {
  await database?.close();
  await fresh?.drop();
});

async function takeBy(createdBy: string) {
  const now = new Date();
  await insertGeneration(database.db, {
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    createdBy,
    modelName: "kling-v1",
    prompt: "A kite over dunes",
    cfgScale: 0.5,
    mode: "std",
    aspectRatio: "16:9",
    duration: "5",
    status: "ready",
    unitsEstimated: 1,
  });
}

describe("the gallery's creator options", () => {
  it("scans once per TTL, then picks up new creators", async () => {
    await takeBy("ana");
    const start = Date.now();
    const first = await loadCreatorOptions(database.db, start);
    expect(first).toContain("ana");

    await takeBy("bruno");
    // Within the TTL the kept list is served: renders do not rescan every take.
    expect(await loadCreatorOptions(database.db, start + CREATORS_TTL_MS - 1)).toEqual(first);
    expect(await loadCreatorOptions(database.db, start + CREATORS_TTL_MS)).toEqual(expect.arrayContaining(["ana", "bruno"]));
  });
});
