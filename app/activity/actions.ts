"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/session";
import { ACTIVITY_KINDS } from "@/lib/db/review-schema";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import type { ActivityItem } from "./activity-item";
import { loadActivityPage } from "./load-activity";

const pageSchema = z.object({
  cursor: z.string().min(1).max(200),
  kind: z.enum(ACTIVITY_KINDS).optional(),
});

/** The next page of the feed ("Load more"). */
export async function loadActivityPageAction(
  input: unknown,
): Promise<ActionResult<{ items: ActivityItem[]; nextCursor: string | null }>> {
  const parsed = pageSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That page of the activity feed does not exist. Reload the page." };
  try {
    await requireRole("view");
    const { database } = await getRuntime();
    return { ok: true, data: await loadActivityPage(database.db, parsed.data) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    console.error("[loadActivityPageAction]", error);
    return { ok: false, message: GENERIC_ERROR_MESSAGE };
  }
}
