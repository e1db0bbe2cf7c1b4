import { beforeAll, describe, expect, it } from "vitest";
import {
  getVisibleTake,
  insertTakeRow,
  listCreators,
  listTakes,
  restoreTakeRow,
  softDeleteTakeRow,
} from "@/lib/db/queries/takes";
import { SEED_CREATORS, seedTakes } from "@/test/support/seed-takes";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { decodeCursor } from "./filters";
import { loadGalleryPage } from "./gallery-data";
import type { TakeView } from "./view";

const database = testDatabasePerFile();
const SEEDED = 600;

beforeAll(async () => {
  await seedTakes(database.db, { count: SEEDED, seed: 7 });
});

async function allPages(filters: Parameters<typeof loadGalleryPage>[1]["filters"], limit = 48) {
  const items: TakeView[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const answer = await loadGalleryPage(database.db, { filters, limit, cursor: decodeCursor(cursor) });
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items;
}

describe("the gallery's pages", () => {
  it("walks every take exactly once, newest first, whatever the page size", async () => {
    for (const limit of [48, 7]) {
      const items = await allPages({}, limit);
      expect(items).toHaveLength(SEEDED);
      expect(new Set(items.map((item) => item.id)).size).toBe(SEEDED);
      const times = items.map((item) => Date.parse(item.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("keeps takes created in the same millisecond apart by id", async () => {
    const createdAt = new Date("2020-01-01T00:00:00.000Z");
    const ids = [
      "00000000-0000-4000-8000-00000000000a",
      "00000000-0000-4000-8000-00000000000b",
      "00000000-0000-4000-8000-00000000000c",
    ];
    for (const id of ids) {
      await insertTakeRow(database.db, {
        id,
        createdAt,
        createdBy: "tie",
        modelName: "kling-v1",
        prompt: "Same instant",
        cfgScale: 0.5,
        mode: "std",
        aspectRatio: "16:9",
        duration: "5",
        status: "failed",
        unitsEstimated: 1,
      });
    }
    const items = await allPages({ by: "tie" }, 1);
    expect(items.map((item) => item.id)).toEqual([...ids].reverse());
  });

  it("narrows by status, model, camera, aspect ratio and creator, together", async () => {
    const filters = { status: "ready", model: "kling-v1", aspect: "16:9", by: "ana" } as const;
    const items = await allPages(filters);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.status).toBe("ready");
      expect(item.params.model_name).toBe("kling-v1");
      expect(item.params.aspect_ratio).toBe("16:9");
      expect(item.createdBy).toBe("ana");
    }
    const everything = await allPages({});
    const expected = everything.filter(
      (item) =>
        item.status === "ready" &&
        item.params.model_name === "kling-v1" &&
        item.params.aspect_ratio === "16:9" &&
        item.createdBy === "ana",
    );
    expect(items.map((item) => item.id)).toEqual(expected.map((item) => item.id));
  });

  it("filters by camera type, including takes that left the camera to the model", async () => {
    const presets = await allPages({ camera: "down_back" });
    expect(presets.length).toBeGreaterThan(0);
    expect(presets.every((item) => item.params.camera_intent?.type === "down_back")).toBe(true);
    const none = await allPages({ camera: "none" });
    expect(none.every((item) => item.params.camera_intent === null)).toBe(true);
    const simple = await allPages({ camera: "simple" });
    expect(presets.length + none.length + simple.length).toBeLessThanOrEqual(SEEDED + 3);
  });

  it("searches prompts case-insensitively, with % and _ taken literally", async () => {
    const foxes = await allPages({ q: "FOX crossing" });
    expect(foxes.length).toBeGreaterThan(0);
    expect(foxes.every((item) => /fox crossing/i.test(item.params.prompt))).toBe(true);
    expect(await allPages({ q: "%" })).toHaveLength(0);
    expect(await allPages({ q: "a_red" })).toHaveLength(0);
  });

  it("hides deleted takes from pages and lookups until they are restored", async () => {
    const [first] = (await loadGalleryPage(database.db, { filters: {} })).items;
    await softDeleteTakeRow(database.db, { id: first.id, now: new Date() });
    expect((await loadGalleryPage(database.db, { filters: {} })).items.map((item) => item.id)).not.toContain(first.id);
    expect(await getVisibleTake(database.db, first.id)).toBeUndefined();
    await restoreTakeRow(database.db, first.id);
    expect((await listTakes(database.db, { limit: 1 })).items[0].id).toBe(first.id);
  });

  it("offers takes from before accounts in the creator filter (seeded takes name no member)", async () => {
    expect(SEED_CREATORS).toContain("studio");
    expect(await listCreators(database.db)).toEqual([{ id: "studio", name: null }]);
  });
});
