import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeAction } from "./activity-item";
import { decodeActivityCursor, encodeActivityCursor, toActivityItem } from "./load-activity";

describe("activity wording", () => {
  it("words each kind from the details its writer records", () => {
    expect(describeAction("reviewed", { decision: "changes_requested" })).toEqual({
      verb: "asked for changes on",
      note: null,
    });
    expect(describeAction("commented", { excerpt: "Too   dark\nat the end", atMs: 2000 })).toEqual({
      verb: "commented on",
      note: "“Too dark at the end”",
    });
    expect(describeAction("verdict", { verdict: "partly" }).note).toBe("Camera followed: partly");
    expect(describeAction("resolved", { resolved: false }).verb).toBe("reopened a comment on");
    expect(describeAction("share_revoked", { title: "Client cut" })).toEqual({
      verb: "revoked a share link of",
      note: "Link “Client cut”",
    });
  });

  it("words circles, moves and renames, and links the entry to its shot", () => {
    expect(describeAction("circled", { shotName: "Lighthouse", circled: false }).verb).toBe("took the circle off");
    expect(describeAction("moved", { shotName: "Fox", fromShotName: "Lighthouse" })).toEqual({
      verb: "moved",
      note: "Out of “Lighthouse”",
    });
    expect(describeAction("moved", { newShot: true }).note).toBe("Into a new shot of its own");
    expect(describeAction("renamed", { name: "Final", previousName: "A lighthouse" })).toEqual({
      verb: "renamed",
      note: "Was “A lighthouse”",
    });
    const renamed = toActivityItem({
      id: randomUUID(),
      at: new Date("2026-05-01T10:00:00Z"),
      kind: "renamed",
      detail: { name: "Final", previousName: "A lighthouse" },
      actorId: "u1",
      actorName: "Mia",
      takeId: null,
      prompt: null,
      takeDeleted: false,
      shotId: "s1",
      shotName: "Final",
    });
    expect(renamed.shot).toEqual({ id: "s1", name: "Final", relation: "the shot" });
    expect(renamed.take).toBeNull();
  });

  it("reads unknown detail shapes as the bare verb", () => {
    expect(describeAction("reviewed", { decision: 42 })).toEqual({ verb: "reviewed", note: null });
    expect(describeAction("commented", {})).toEqual({ verb: "commented on", note: null });
  });

  it("names a removed member 'Former member' and marks deleted takes", () => {
    const item = toActivityItem({
      id: randomUUID(),
      at: new Date("2026-05-01T10:00:00Z"),
      kind: "deleted",
      detail: {},
      actorId: null,
      actorName: null,
      takeId: "g1",
      prompt: "a very long prompt ".repeat(10),
      takeDeleted: true,
      shotId: null,
      shotName: null,
    });
    expect(item.actorName).toBe("Former member");
    expect(item.take).toMatchObject({ id: "g1", deleted: true });
    expect(item.take?.excerpt.length).toBeLessThanOrEqual(60);
  });
});

describe("activity cursors", () => {
  it("round-trips, and ignores anything it did not make", () => {
    const cursor = { at: new Date("2026-05-01T10:00:00.123Z"), id: randomUUID() };
    expect(decodeActivityCursor(encodeActivityCursor(cursor))).toEqual(cursor);
    expect(decodeActivityCursor("not a cursor")).toBeUndefined();
    expect(decodeActivityCursor(Buffer.from("yesterday|x").toString("base64url"))).toBeUndefined();
    expect(decodeActivityCursor(undefined)).toBeUndefined();
  });
});
