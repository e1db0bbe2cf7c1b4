/** Rows for the share and activity tests: members and takes, written straight to the database. */
import type { TakeStatus } from "@/lib/takes/statuses";
import "server-only";
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/authorize";
import type { Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { insertTakeRow } from "@/lib/db/queries/takes";
import { insertUserWithPassword } from "@/lib/db/queries/users";
import type { Take } from "@/lib/db/schema";
import { posterKey, videoKey } from "@/lib/storage/storage";
import { takeRow } from "@/test/support/take-rows";

export async function insertMember(db: Db, options: { name: string; role: Role }): Promise<CurrentUser> {
  const id = randomUUID();
  const email = `${options.name.toLowerCase().replace(/\W+/g, "-")}-${id.slice(0, 8)}@example.com`;
  const user = await insertUserWithPassword(db, {
    id,
    name: options.name,
    email,
    role: options.role,
    isOwner: false,
    passwordHash: "not-a-real-hash",
    now: new Date(),
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, isOwner: user.isOwner };
}

export async function insertTake(
  db: Db,
  options: { prompt: string; status?: TakeStatus; createdBy?: string; deleted?: boolean },
): Promise<Take> {
  const id = randomUUID();
  const status = options.status ?? "ready";
  return insertTakeRow(
    db,
    takeRow({
      id,
      createdBy: options.createdBy ?? "studio",
      prompt: options.prompt,
      negativePrompt: "secret negative prompt",
      status,
      videoKey: status === "ready" ? videoKey(id) : null,
      posterKey: status === "ready" ? posterKey(id) : null,
      videoDurationMs: status === "ready" ? 5000 : null,
      videoFps: status === "ready" ? 30 : null,
      deletedAt: options.deleted ? new Date() : null,
    }),
  );
}
