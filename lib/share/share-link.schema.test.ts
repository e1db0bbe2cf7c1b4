import { describe, expect, it } from "vitest";
import { createShareLinkSchema, unlockShareLinkSchema } from "./share-link.schema";

const TAKE = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
const SHOT = "0b7e9a4c-1d2e-4f3a-8b5c-6d7e8f9a0b1c";

function parse(input: Record<string, unknown>) {
  return createShareLinkSchema.safeParse({ takeIds: [TAKE], expiry: "7", ...input });
}

function firstMessage(input: Record<string, unknown>) {
  const result = parse(input);
  return result.success ? "accepted" : result.error.issues[0].message;
}

describe("share link input", () => {
  it("takes an optional passphrase of 6 to 128 characters; empty means none", () => {
    expect(parse({}).data?.passphrase).toBeUndefined();
    expect(parse({}).data?.allowDownload).toBe(true);
    expect(parse({ passphrase: "" }).data?.passphrase).toBeUndefined();
    expect(parse({ passphrase: "sixsix" }).data?.passphrase).toBe("sixsix");
    expect(parse({ passphrase: "x".repeat(128) }).success).toBe(true);
    expect(firstMessage({ passphrase: "five5" })).toBe(
      "Use at least 6 characters for the passphrase, or leave it empty.",
    );
    expect(firstMessage({ passphrase: "x".repeat(129) })).toBe("Keep the passphrase to at most 128 characters.");
    expect(firstMessage({ passphrase: "       " })).toBe("A passphrase of spaces only is too easy to guess.");
    expect(parse({ passphrase: 123456 }).success).toBe(false);
  });

  it("refuses a title with a NUL, which Postgres cannot store", () => {
    expect(firstMessage({ title: "Cut\u0000one" })).toBe("Remove the NUL character from the title.");
  });

  it("keeps downloads on unless turned off", () => {
    expect(parse({ allowDownload: false }).data?.allowDownload).toBe(false);
    expect(parse({ allowDownload: "no" }).success).toBe(false);
  });

  it("shares chosen takes or a whole shot, never both and never neither", () => {
    expect(parse({ takeIds: undefined, shotId: SHOT }).data).toMatchObject({ shotId: SHOT });
    const both = parse({ shotId: SHOT });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]).toMatchObject({
      path: ["takeIds"],
      message: "Share either chosen takes or a whole shot.",
    });
    expect(firstMessage({ takeIds: undefined })).toBe("Share either chosen takes or a whole shot.");
    expect(firstMessage({ takeIds: undefined, shotId: "../x" })).toBe("That is not a shot id.");
  });

  it("asks a visitor for a passphrase", () => {
    expect(unlockShareLinkSchema.safeParse({ token: "t", passphrase: "" }).error?.issues[0].message).toBe(
      "Enter the passphrase.",
    );
    expect(unlockShareLinkSchema.safeParse({ token: "t", passphrase: "anything" }).success).toBe(true);
  });
});
