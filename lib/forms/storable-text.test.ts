import { describe, expect, it } from "vitest";
import { renameShotSchema } from "@/lib/shots/shot.schema";
import { unstorableCharacter } from "./storable-text";

describe("text the database can keep", () => {
  it("accepts ordinary text, whole emoji and accents", () => {
    for (const value of ["", "Dunes at noon", "Café 🎬 take 2", "👩🏽‍🎤"])
      expect(unstorableCharacter(value)).toBeNull();
  });

  it("names a NUL and half of a character pair, wherever they sit", () => {
    expect(unstorableCharacter("a\u0000b")).toBe("the NUL character");
    expect(unstorableCharacter("\ud800")).toBe("the broken character");
    expect(unstorableCharacter("end \udc00")).toBe("the broken character");
    expect(unstorableCharacter("🎬".slice(0, 1))).toBe("the broken character");
  });

  it("keeps a shot's name storable", () => {
    const shotId = "2895b074-b535-4c65-9780-4d10a0fe33b2";
    const result = renameShotSchema.safeParse({ shotId, name: "\ud800" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Remove the broken character from the name.");
    expect(renameShotSchema.safeParse({ shotId, name: "Dunes 🎬" }).success).toBe(true);
  });
});
