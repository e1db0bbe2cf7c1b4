import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { removeMember } from "@/lib/auth/members";
import { users } from "@/lib/db/auth-schema";
import { listComments } from "@/lib/db/queries/comments";
import { getTake, insertTakeRow, softDeleteTakeRow } from "@/lib/db/queries/takes";
import { activity } from "@/lib/db/review-schema";
import { isAppError } from "@/lib/errors";
import type { TakeStatus } from "@/lib/takes/statuses";
import { required } from "@/test/support/required";
import { takeRow } from "@/test/support/take-rows";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { addComment, addReply, setThreadResolved, setThreadShared } from "./comments";
import { setReviewDecision } from "./decisions";
import { setFavourite } from "./favourites";
import { overallReviewState } from "./state";
import { loadSharedThreads, loadTakeReview } from "./take-review";
import { setCameraVerdict } from "./verdict";

const database = testDatabasePerFile();
const db = () => database.db;

async function member(name: string): Promise<string> {
  const id = randomUUID();
  await db()
    .insert(users)
    .values({ id, name, email: `${id}@example.test`, role: "reviewer" });
  return id;
}

async function take(options: { status?: TakeStatus; videoDurationMs?: number | null; createdBy?: string } = {}) {
  const id = randomUUID();
  await insertTakeRow(
    db(),
    takeRow({
      id,
      createdBy: options.createdBy ?? "studio",
      status: options.status ?? "ready",
      videoDurationMs: options.videoDurationMs === undefined ? 5_000 : options.videoDurationMs,
    }),
  );
  return id;
}

async function failure(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

async function activityOf(takeId: string) {
  return db().select().from(activity).where(eq(activity.takeId, takeId)).orderBy(activity.at);
}

describe("the overall review state", () => {
  it("is the most severe decision: rejected, then changes requested, then approved", () => {
    expect(overallReviewState([])).toBe("unreviewed");
    expect(overallReviewState(["approved", "approved"])).toBe("approved");
    expect(overallReviewState(["approved", "changes_requested"])).toBe("changes_requested");
    expect(overallReviewState(["changes_requested", "rejected", "approved"])).toBe("rejected");
  });
});

describe("review decisions", () => {
  it("keeps the take's overall state in step as reviewers decide, change and clear", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    const stateOf = async () => (await getTake(db(), id))?.reviewState;

    expect((await setReviewDecision(db(), { takeId: id, reviewerId: rae, decision: "approved" })).state).toBe(
      "approved",
    );
    expect(await stateOf()).toBe("approved");
    await setReviewDecision(db(), { takeId: id, reviewerId: sam, decision: "changes_requested" });
    expect(await stateOf()).toBe("changes_requested");
    await setReviewDecision(db(), { takeId: id, reviewerId: rae, decision: "rejected" });
    expect(await stateOf()).toBe("rejected");
    // Rae changes her mind: Sam's request is now the most severe.
    await setReviewDecision(db(), { takeId: id, reviewerId: rae, decision: "approved" });
    expect(await stateOf()).toBe("changes_requested");
    await setReviewDecision(db(), { takeId: id, reviewerId: sam, decision: null });
    expect(await stateOf()).toBe("approved");
    await setReviewDecision(db(), { takeId: id, reviewerId: rae, decision: null });
    expect(await stateOf()).toBe("unreviewed");
    expect((await getTake(db(), id))?.reviewStateAt).toBeInstanceOf(Date);

    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: rae });
    expect(view.decisions).toEqual([]);
    expect(view.myDecision).toBeNull();

    const reviewed = (await activityOf(id)).filter((entry) => entry.kind === "reviewed");
    expect(reviewed.map((entry) => entry.detail)).toEqual([
      { decision: "approved" },
      { decision: "changes_requested" },
      { decision: "rejected" },
      { decision: "approved" },
      { decision: null },
      { decision: null },
    ]);
  });

  it("shows each reviewer's decision with their name, and mine", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    await setReviewDecision(db(), {
      takeId: id,
      reviewerId: rae,
      decision: "approved",
      now: new Date("2026-01-01T10:00:00Z"),
    });
    await setReviewDecision(db(), {
      takeId: id,
      reviewerId: sam,
      decision: "rejected",
      now: new Date("2026-01-01T11:00:00Z"),
    });
    const view = await loadTakeReview(db(), { take: required(await getTake(db(), id), "the take"), viewerId: sam });
    expect(view.state).toBe("rejected");
    expect(view.myDecision).toBe("rejected");
    expect(view.decisions).toEqual([
      { reviewerId: rae, reviewerName: "Rae", decision: "approved", decidedAt: "2026-01-01T10:00:00.000Z" },
      { reviewerId: sam, reviewerName: "Sam", decision: "rejected", decidedAt: "2026-01-01T11:00:00.000Z" },
    ]);
  });

  it("refuses takes that are not ready, and deleted ones, leaving the state unreviewed", async () => {
    const rae = await member("Rae");
    const running = await take({ status: "processing", videoDurationMs: null });
    const error = await failure(setReviewDecision(db(), { takeId: running, reviewerId: rae, decision: "approved" }));
    expect(error.code).toBe("conflict:take_not_ready");
    expect(error.message).toMatch(/ready/);
    expect((await getTake(db(), running))?.reviewState).toBe("unreviewed");

    const deleted = await take();
    await softDeleteTakeRow(db(), { id: deleted, now: new Date() });
    expect(
      (await failure(setReviewDecision(db(), { takeId: deleted, reviewerId: rae, decision: "approved" }))).code,
    ).toBe("not_found:take");
  });

  it("gives a take its state again when a member whose decision set it is removed", async () => {
    const admin = await member("Ann Admin");
    await db().update(users).set({ role: "admin" }).where(eq(users.id, admin));
    const leaving = await member("Lee Leaving");
    const staying = await member("Sam Staying");
    const id = await take();
    await setReviewDecision(db(), { takeId: id, reviewerId: staying, decision: "approved" });
    await setReviewDecision(db(), { takeId: id, reviewerId: leaving, decision: "rejected" });
    expect((await getTake(db(), id))?.reviewState).toBe("rejected");
    await removeMember(db(), {
      actor: { id: admin, name: "Ann Admin", email: "a@example.test", role: "admin", isOwner: false },
      userId: leaving,
    });
    expect((await getTake(db(), id))?.reviewState).toBe("approved");
  });

  it("counts two reviewers deciding at the same moment", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    await Promise.all([
      setReviewDecision(db(), { takeId: id, reviewerId: rae, decision: "approved" }),
      setReviewDecision(db(), { takeId: id, reviewerId: sam, decision: "rejected" }),
    ]);
    expect((await getTake(db(), id))?.reviewState).toBe("rejected");
  });
});

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
    const other = await addComment(db(), { takeId: id, authorId: sam, body: "internal only", atMs: 1_000 });
    const forShare = await loadSharedThreads(db(), id);
    expect(forShare.map((thread) => [thread.id, thread.body, thread.replies])).toEqual([
      [comment.id, "pan too fast", []],
    ]);
    expect(forShare.map((thread) => thread.id)).not.toContain(other.id);
    const unshared = await setThreadShared(db(), { commentId: comment.id, actorId: rae, shared: false });
    expect([unshared.sharedAt, unshared.sharedBy]).toEqual([null, null]);
    expect(await loadSharedThreads(db(), id)).toEqual([]);

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
});

describe("camera verdicts and favourites", () => {
  it("sets, changes and clears the verdict with who and when", async () => {
    const rae = await member("Rae");
    const id = await take();
    const at = new Date("2026-02-02T09:00:00Z");
    await setCameraVerdict(db(), { takeId: id, actorId: rae, verdict: "partly", now: at });
    let row = await getTake(db(), id);
    expect([row?.cameraVerdict, row?.cameraVerdictBy, row?.cameraVerdictAt?.toISOString()]).toEqual([
      "partly",
      rae,
      at.toISOString(),
    ]);
    expect((await loadTakeReview(db(), { take: required(row, "the take"), viewerId: rae })).verdict).toEqual({
      verdict: "partly",
      byName: "Rae",
      at: at.toISOString(),
    });
    await setCameraVerdict(db(), { takeId: id, actorId: rae, verdict: null });
    row = await getTake(db(), id);
    expect([row?.cameraVerdict, row?.cameraVerdictBy, row?.cameraVerdictAt]).toEqual([null, null, null]);
    const verdicts = (await activityOf(id)).filter((entry) => entry.kind === "verdict").map((entry) => entry.detail);
    expect(verdicts).toEqual([{ verdict: "partly" }, { verdict: null }]);
  });

  it("stars and unstars a take per member, idempotently", async () => {
    const [rae, sam] = [await member("Rae"), await member("Sam")];
    const id = await take();
    await setFavourite(db(), { userId: rae, takeId: id, favourite: true });
    await setFavourite(db(), { userId: rae, takeId: id, favourite: true });
    const row = required(await getTake(db(), id), "the take");
    expect((await loadTakeReview(db(), { take: row, viewerId: rae })).favourite).toBe(true);
    expect((await loadTakeReview(db(), { take: row, viewerId: sam })).favourite).toBe(false);
    await setFavourite(db(), { userId: rae, takeId: id, favourite: false });
    expect((await loadTakeReview(db(), { take: row, viewerId: rae })).favourite).toBe(false);
    expect((await failure(setFavourite(db(), { userId: rae, takeId: randomUUID(), favourite: true }))).code).toBe(
      "not_found:take",
    );
  });
});
