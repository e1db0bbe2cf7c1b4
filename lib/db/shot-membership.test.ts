/**
 * The database's own shot rules (migration 0006): every take lands in a shot, a batch shares one, a take
 * that leaves a shot stops being its circled take, and a shot without takes goes.
 */
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { shots, takes } from "./schema";

const database = testDatabasePerFile();

async function insert(patch: Parameters<typeof takeRow>[0] = {}) {
  const [row] = await database.db.insert(takes).values(takeRow(patch)).returning();
  return row;
}

async function shot(id: string) {
  const [row] = await database.db.select().from(shots).where(eq(shots.id, id));
  return row;
}

describe("shot membership in the database", () => {
  it("gives a take made alone a shot of one, named after the prompt's first words", async () => {
    const take = await insert({
      prompt: "  A red fox   runs through fresh snow at dawn, slow motion",
      createdBy: "mia",
    });
    expect(take.shotId).toBe(take.id);
    expect(await shot(take.id)).toMatchObject({ name: "A red fox runs through fresh", createdBy: "mia" });
  });

  it("puts a batch's takes in one shot", async () => {
    const batchId = randomUUID();
    const batch = await database.db
      .insert(takes)
      .values([takeRow({ batchId, prompt: "Sweep one" }), takeRow({ batchId }), takeRow({ batchId })])
      .returning();
    expect(new Set(batch.map((take) => take.shotId))).toEqual(new Set([batchId]));
    expect((await shot(batchId)).name).toBe("Sweep one");
  });

  it("keeps a shot named for an empty prompt", async () => {
    const take = await insert({ prompt: "   " });
    expect((await shot(take.id)).name).toBe("Untitled shot");
  });

  it("clears the circle when the circled take moves out, and drops a shot left empty", async () => {
    const first = await insert();
    const second = await insert({ shotId: first.shotId });
    await database.db
      .update(shots)
      .set({ circledTakeId: second.id, circledBy: "mia", circledAt: new Date() })
      .where(eq(shots.id, first.shotId));
    const target = await insert();

    await database.db.update(takes).set({ shotId: target.shotId }).where(eq(takes.id, second.id));
    expect(await shot(first.shotId)).toMatchObject({ circledTakeId: null, circledBy: null, circledAt: null });

    await database.db.update(takes).set({ shotId: target.shotId }).where(eq(takes.id, first.id));
    expect(await shot(first.shotId)).toBeUndefined();
    expect(await shot(target.shotId)).toBeDefined();
  });

  it("removes a shot when its last take is deleted for good", async () => {
    const first = await insert();
    const second = await insert({ shotId: first.shotId });
    await database.db.delete(takes).where(eq(takes.id, first.id));
    expect(await shot(first.shotId)).toBeDefined();
    await database.db.delete(takes).where(inArray(takes.id, [second.id]));
    expect(await shot(first.shotId)).toBeUndefined();
  });
});
