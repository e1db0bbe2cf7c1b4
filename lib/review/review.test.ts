import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { removeMember } from "@/lib/auth/members";
import { users } from "@/lib/db/auth-schema";
import { getTake, softDeleteTakeRow } from "@/lib/db/queries/takes";
import { required } from "@/test/support/required";
import { reviewKit } from "@/test/support/review-kit";
import { testDatabasePerFile } from "@/test/support/test-database-per-file";
import { setReviewDecision } from "./decisions";
import { setFavourite } from "./favourites";
import { overallReviewState } from "./state";
import { loadTakeReview } from "./take-review";
import { setCameraVerdict } from "./verdict";

const database = testDatabasePerFile();
const db = () => database.db;

const { member, take, failure, activityOf } = reviewKit(db);

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
