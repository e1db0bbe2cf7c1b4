import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/auth-schema";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { CREATORS_TTL_MS, loadCreatorOptions } from "./gallery-data";

const database = testDatabasePerFile();

async function joins(name: string) {
  const id = randomUUID();
  await database.db.insert(users).values({ id, name, email: `${id}@example.test`, role: "creator" });
}

describe("the gallery's creator options", () => {
  it("reads the members once per TTL, then picks up new ones", async () => {
    const names = (creators: { name: string | null }[]) => creators.map((creator) => creator.name);
    await joins("Ana");
    const start = Date.now();
    const first = await loadCreatorOptions(database.db, start);
    expect(names(first)).toContain("Ana");

    await joins("Bruno");
    // Within the TTL the kept list is served: renders do not read it again.
    expect(await loadCreatorOptions(database.db, start + CREATORS_TTL_MS - 1)).toEqual(first);
    expect(names(await loadCreatorOptions(database.db, start + CREATORS_TTL_MS))).toEqual(
      expect.arrayContaining(["Ana", "Bruno"]),
    );
  });
});
