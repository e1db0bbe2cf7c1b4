/** What the review tests share: members, takes to review, the AppError a call fails with, a take's activity. */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { activity } from "@/lib/db/review-schema";
import { isAppError } from "@/lib/errors";
import type { TakeStatus } from "@/lib/takes/statuses";
import { takeRow } from "./take-rows";

export function reviewKit(db: () => Db) {
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

  return { member, take, failure, activityOf };
}
