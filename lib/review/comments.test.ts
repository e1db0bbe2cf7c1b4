import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listComments } from "@/lib/db/queries/comments";
import { getTake } from "@/lib/db/queries/takes";
import { required } from "@/test/support/required";
import { reviewKit } from "@/test/support/review-kit";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { loadCommentMarks } from "./comment-marks";
import { addComment, addReply, setThreadResolved, setThreadShared } from "./comments";
import type { CommentDrawing } from "./drawing";
import { addCommentSchema } from "./review.schema";
import { loadTakeReview } from "./take-review";

const database = testDatabasePerFile();
const db = () => database.db;

const { member, take, failure, activityOf } = reviewKit(db);

describe("time-coded comments", () => {
  it("accepts moments from 0 to the video's length and refuses others", async () => {
    const rae = await member("Rae");
    const id = await take({ videoDurationMs: 5_100 });
    await addComment(db(), { takeId: id, authorId: rae, body: "start", atMs: 0 });
    await addComment(db(), { takeId: id, authorId: rae, body: "end", atMs: 5_100 });
    for (const atMs of [5_101, -1, 2.5]) {
      const error = await failure(addComment(db(), { takeId: id, authorId: rae, body: "out", atMs }));
      expect(error.code).toBe("bad_request:comment_time");
      expect(error.fieldErrors?.atMs).toBeDefined();
    }
    expect((await listComments(db(), id)).map((row) => row.body)).toEqual(["start", "end"]);
  });

  it("trims bodies and refuses empty or over-long ones", async () => {
    const rae = await member("Rae");
    const id = await take();
    const comment = await addComment(db(), { takeId: id, authorId: rae, body: "  sky flickers  ", atMs: 100 });
    expect(comment.body).toBe("sky flickers");
    expect((await failure(addComment(db(), { takeId: id, authorId: rae, body: "   ", atMs: 100 }))).code).toBe(
      "bad_request:comment_body",
    );
    expect(
      (await failure(addComment(db(), { takeId: id, authorId: rae, body: "x".repeat(2001), atMs: 100 }))).code,
    ).toBe("bad_request:comment_body");
    await addComment(db(), { takeId: id, authorId: rae, body: "x".repeat(2000), atMs: 100 });
    // An excerpt for the activity feed never cuts a character in two.
    const emoji = await addComment(db(), { takeId: id, authorId: rae, body: "🎬".repeat(100), atMs: 100 });
    const detail = (await activityOf(id)).find((entry) => entry.detail.commentId === emoji.id)?.detail;
    expect(detail?.excerpt).toBe(`${"🎬".repeat(79)}…`);
    expect((await failure(addComment(db(), { takeId: id, authorId: rae, body: "a\uD800b", atMs: 100 }))).code).toBe(
      "bad_request:comment_body",
    );
    // Postgres text cannot hold a NUL: refused with a message, never a failed insert.
    expect((await failure(addComment(db(), { takeId: id, authorId: rae, body: "a\u0000b", atMs: 100 }))).code).toBe(
      "bad_request:comment_body",
    );
  });

  it("keeps markup as text", async () => {
    const rae = await member("Rae");
    const id = await take();
    const body = `<img src=x onerror="alert(1)"> <b>bold</b> & "quotes"`;
    await addComment(db(), { takeId: id, authorId: rae, body, atMs: 1_000 });
    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads[0]?.body).toBe(body);
  });

  it("refuses comments on a take that is still running", async () => {
    const rae = await member("Rae");
    const id = await take({ status: "processing", videoDurationMs: null });
    expect((await failure(addComment(db(), { takeId: id, authorId: rae, body: "early", atMs: 0 }))).code).toBe(
      "conflict:take_not_ready",
    );
  });

  it("threads replies one level deep, in the video's order, and records the activity", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    const late = await addComment(db(), { takeId: id, authorId: rae, body: "late", atMs: 4_000 });
    const early = await addComment(db(), { takeId: id, authorId: sam, body: "early", atMs: 1_000 });
    const reply = await addReply(db(), { parentId: late.id, authorId: sam, body: "agreed" });
    expect(reply.atMs).toBeNull();
    expect(reply.parentId).toBe(late.id);
    expect((await failure(addReply(db(), { parentId: reply.id, authorId: rae, body: "nested" }))).code).toBe(
      "bad_request:reply_to_reply",
    );

    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads.map((thread) => [thread.id, thread.authorName, thread.replies.map((r) => r.body)])).toEqual([
      [early.id, "Sam", []],
      [late.id, "Rae", ["agreed"]],
    ]);
    const kinds = (await activityOf(id)).map((entry) => [entry.kind, entry.detail]);
    expect(kinds).toContainEqual(["commented", { commentId: late.id, atMs: 4_000, excerpt: "late" }]);
    expect(kinds).toContainEqual(["replied", { commentId: reply.id, parentId: late.id, excerpt: "agreed" }]);
  });

  it("resolves and reopens threads, and marks them for share links", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    const comment = await addComment(db(), { takeId: id, authorId: rae, body: "pan too fast", atMs: 2_500 });
    const reply = await addReply(db(), { parentId: comment.id, authorId: sam, body: "fixed next take" });

    const resolved = await setThreadResolved(db(), { commentId: comment.id, actorId: sam, resolved: true });
    expect(resolved.resolvedBy).toBe(sam);
    let view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads[0]).toMatchObject({ resolvedByName: "Sam" });
    expect(view.threads[0]?.resolvedAt).not.toBeNull();
    const reopened = await setThreadResolved(db(), { commentId: comment.id, actorId: rae, resolved: false });
    expect([reopened.resolvedAt, reopened.resolvedBy]).toEqual([null, null]);
    expect((await failure(setThreadResolved(db(), { commentId: reply.id, actorId: rae, resolved: true }))).code).toBe(
      "bad_request:reply_to_reply",
    );

    const shared = await setThreadShared(db(), { commentId: comment.id, actorId: rae, shared: true });
    expect(shared.sharedBy).toBe(rae);
    view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads[0]).toMatchObject({ sharedByName: "Rae" });
    await addComment(db(), { takeId: id, authorId: sam, body: "internal only", atMs: 1_000 });
    view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads.map((thread) => [thread.body, thread.sharedAt !== null])).toEqual([
      ["internal only", false],
      ["pan too fast", true],
    ]);
    const unshared = await setThreadShared(db(), { commentId: comment.id, actorId: rae, shared: false });
    expect([unshared.sharedAt, unshared.sharedBy]).toEqual([null, null]);

    const resolutions = (await activityOf(id))
      .filter((entry) => entry.kind === "resolved")
      .map((entry) => entry.detail);
    expect(resolutions).toEqual([
      { commentId: comment.id, resolved: true },
      { commentId: comment.id, resolved: false },
    ]);
    expect(
      (await failure(setThreadResolved(db(), { commentId: randomUUID(), actorId: rae, resolved: true }))).code,
    ).toBe("not_found:comment");
  });

  it("keeps a range from its start to an end after it, within the video", async () => {
    const rae = await member("Rae");
    const id = await take({ videoDurationMs: 5_000 });
    const range = await addComment(db(), { takeId: id, authorId: rae, body: "whole pan", atMs: 1_000, endMs: 2_500 });
    expect([range.atMs, range.endMs]).toEqual([1_000, 2_500]);
    await addComment(db(), { takeId: id, authorId: rae, body: "to the end", atMs: 4_000, endMs: 5_000 });
    for (const [atMs, endMs] of [
      [2_000, 2_000],
      [2_000, 1_999],
      [2_000, 5_001],
      [2_000, 2_500.5],
    ]) {
      const error = await failure(addComment(db(), { takeId: id, authorId: rae, body: "bad", atMs, endMs }));
      expect(error.code).toBe("bad_request:comment_range");
      expect(error.fieldErrors?.endMs).toBeDefined();
    }
    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads.map((thread) => [thread.body, thread.atMs, thread.endMs])).toEqual([
      ["whole pan", 1_000, 2_500],
      ["to the end", 4_000, 5_000],
    ]);
    const activity = (await activityOf(id)).find((entry) => entry.detail.commentId === range.id);
    expect(activity?.detail).toMatchObject({ atMs: 1_000, endMs: 2_500 });
  });

  it("refuses a range that ends before it starts at the boundary too", () => {
    const base = { takeId: randomUUID(), body: "x", atMs: 2_000 };
    expect(addCommentSchema.safeParse({ ...base, endMs: 2_500 }).success).toBe(true);
    expect(addCommentSchema.safeParse({ ...base, endMs: null }).success).toBe(true);
    for (const endMs of [2_000, 1_000, -1, Number.NaN, Number.POSITIVE_INFINITY, "2500", 2_500.5]) {
      const parsed = addCommentSchema.safeParse({ ...base, endMs });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["endMs"]);
    }
  });

  it("saves a drawing with the comment, as 0–1 coordinates, and refuses hostile ones", async () => {
    const rae = await member("Rae");
    const id = await take();
    const drawing: CommentDrawing = {
      shapes: [
        { tool: "rect", colour: "#ff3b30", from: { x: 0.25, y: 0.25 }, to: { x: 0.75, y: 0.5 } },
        {
          tool: "freehand",
          colour: "#0a84ff",
          points: [
            { x: 0, y: 1 },
            { x: 0.5, y: 0.5 },
            { x: 1, y: 0 },
          ],
        },
      ],
    };
    await addComment(db(), { takeId: id, authorId: rae, body: "this corner", atMs: 2_000, drawing });
    const hostile: unknown[] = [
      { shapes: [{ ...drawing.shapes[0], from: { x: Number.NaN, y: 0 } }] },
      { shapes: [{ ...drawing.shapes[0], from: { x: "0.5", y: 0 } }] },
      { shapes: Array(10_000).fill(drawing.shapes[0]) },
      { shapes: drawing.shapes, extra: true },
      JSON.parse('{"shapes": [], "__proto__": {"polluted": true}}'),
    ];
    for (const value of hostile) {
      const error = await failure(
        // The boundary holds for callers that skip the action's schema too.
        addComment(db(), { takeId: id, authorId: rae, body: "x", atMs: 0, drawing: value as CommentDrawing }),
      );
      expect(error.code).toBe("bad_request:comment_drawing");
      expect(addCommentSchema.safeParse({ takeId: id, body: "x", atMs: 0, drawing: value }).success).toBe(false);
    }
    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.threads).toHaveLength(1);
    expect(view.threads[0]).toMatchObject({ atMs: 2_000, endMs: null, drawing });
  });

  it("follows a take into compare with its open moments, ranges and drawings", async () => {
    const rae = await member("Rae");
    const [first, second] = [await take(), await take()];
    const drawing: CommentDrawing = {
      shapes: [{ tool: "arrow", colour: "#ffffff", from: { x: 0.1, y: 0.1 }, to: { x: 0.9, y: 0.9 } }],
    };
    const range = await addComment(db(), {
      takeId: first,
      authorId: rae,
      body: "slow here",
      atMs: 1_000,
      endMs: 2_500,
    });
    const drawn = await addComment(db(), { takeId: first, authorId: rae, body: "this", atMs: 3_000, drawing });
    const done = await addComment(db(), { takeId: second, authorId: rae, body: "fixed", atMs: 500 });
    await addReply(db(), { parentId: range.id, authorId: rae, body: "agreed" });
    await setThreadResolved(db(), { commentId: done.id, actorId: rae, resolved: true });
    const marks = await loadCommentMarks(db(), [first, second]);
    expect(marks.get(first)).toEqual([
      { id: range.id, atMs: 1_000, endMs: 2_500, drawing: null, label: "Rae: slow here" },
      { id: drawn.id, atMs: 3_000, endMs: null, drawing, label: "Rae: this" },
    ]);
    expect(marks.get(second)).toEqual([]);
  });
});
