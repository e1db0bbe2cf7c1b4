"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { ACTIVITY_KINDS } from "@/lib/db/review-schema";
import { runAction } from "@/lib/server-action";
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
  return runAction({
    name: "loadActivityPageAction",
    permission: "view",
    schema: pageSchema,
    input,
    invalidMessage: "That page of the activity feed does not exist. Reload the page.",
    work: (data, { db }) => loadActivityPage(db, data),
  });
}
