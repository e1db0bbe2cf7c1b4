/**
 * The per-member limit on new takes: at most `perMinute` takes created by one member in any 60 s, a
 * batch counting each of its takes. Counted in the database inside the transaction that inserts the
 * takes, after the spending cap has locked the settings row (lib/worker/create.ts), so two submissions
 * racing in different processes are serialized and cannot both slip under the limit.
 */
import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { takes } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { slowDownMessage } from "./slow-down";

const TAKE_RATE_WINDOW_MS = 60_000;

export async function assertWithinTakeRate(
  db: Db,
  options: { userId: string; takes: number; perMinute: number; now: Date },
): Promise<void> {
  const { userId, perMinute, now } = options;
  const asked = options.takes;
  if (perMinute <= 0) return;
  if (asked > perMinute) {
    throw new AppError(
      "bad_request:batch_too_large",
      `This batch has ${asked} takes; the studio accepts at most ${perMinute} new takes a minute from one member. Make a smaller batch.`,
    );
  }
  const since = new Date(now.getTime() - TAKE_RATE_WINDOW_MS);
  // Only the oldest few matter: the limit is passed by `excess` takes, which must age out first.
  const recent = await db
    .select({ createdAt: takes.createdAt })
    .from(takes)
    .where(and(eq(takes.createdBy, userId), gt(takes.createdAt, since)))
    .orderBy(asc(takes.createdAt))
    .limit(perMinute);
  const excess = recent.length + asked - perMinute;
  if (excess <= 0) return;
  const freedAt = (recent[excess - 1]?.createdAt ?? now).getTime() + TAKE_RATE_WINDOW_MS;
  const seconds = Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
  const detail = `The studio accepts at most ${perMinute} a minute from one member${asked > 1 ? ` (this batch has ${asked})` : ""}.`;
  throw new AppError("rate_limited:takes", slowDownMessage("takes", seconds, detail), { retryAfterSeconds: seconds });
}
