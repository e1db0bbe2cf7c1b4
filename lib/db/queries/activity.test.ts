import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordActivity } from "@/lib/activity/record";
import type { CurrentUser } from "@/lib/auth/authorize";
import { createDb, type DbHandle } from "@/lib/db/client";
import { deleteUser } from "@/lib/db/queries/users";
import { insertMember, insertTake } from "@/test/support/share-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { type ActivityRow, listActivity } from "./activity";

let database: TestDatabase;
let handle: DbHandle;
let member: CurrentUser;
let takeId: string;
const base = new Date("2026-05-01T10:00:00Z").getTime();

beforeAll(async () => {
  database = await createTestDatabase();
  handle = await createDb(database.options);
  member = await insertMember(handle.db, { name: "Mia", role: "reviewer" });
  const gone = await insertMember(handle.db, { name: "Gone Soon", role: "creator" });
  takeId = (await insertTake(handle.db, { prompt: "a koi pond at noon" })).id;
  // 25 entries; three share one instant, so the cursor must break ties by id.
  for (let index = 0; index < 25; index++) {
    const at = new Date(base + (index >= 10 && index < 13 ? 10 : index) * 1000);
    await recordActivity(handle.db, {
      actorId: index === 0 ? gone.id : member.id,
      kind: index % 5 === 0 ? "commented" : "reviewed",
      takeId: takeId,
      detail: { index },
      at,
    });
  }
  await deleteUser(handle.db, gone.id);
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

describe("activity feed", () => {
  it("pages newest first with no entry lost or repeated, even at equal times", async () => {
    const seen: ActivityRow[] = [];
    let cursor: Parameters<typeof listActivity>[1]["cursor"];
    let pages = 0;
    do {
      const page = await listActivity(handle.db, { cursor, limit: 7 });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((row) => row.id)).size).toBe(25);
    const order = seen.map((row) => [row.at.getTime(), row.id] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(order).toEqual(sorted);
    expect(seen[0]).toMatchObject({
      actorName: "Mia",
      prompt: "a koi pond at noon",
      takeId: takeId,
      takeDeleted: false,
    });
  });

  it("filters by kind and ends with a null cursor", async () => {
    const page = await listActivity(handle.db, { kind: "commented", limit: 10 });
    expect(page.items).toHaveLength(5);
    expect(page.items.every((row) => row.kind === "commented")).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it("keeps entries of removed members without a name", async () => {
    const page = await listActivity(handle.db, { kind: "commented", limit: 10 });
    const oldest = page.items.at(-1);
    expect(oldest?.detail).toEqual({ index: 0 });
    expect(oldest?.actorId).toBeNull();
    expect(oldest?.actorName).toBeNull();
  });
});
