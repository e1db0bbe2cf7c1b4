/** One page of the feed as ActivityItems, and the next page's cursor as an opaque string. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { type ActivityCursor, type ActivityRow, listActivity } from "@/lib/db/queries/activity";
import type { ActivityKind } from "@/lib/db/review-schema";
import { type ActivityItem, describeAction, excerpt, SHOT_RELATIONS } from "./activity-item";

const ACTIVITY_PAGE_SIZE = 30;

export async function loadActivityPage(
  db: Db,
  options: { cursor?: string; kind?: ActivityKind },
): Promise<{ items: ActivityItem[]; nextCursor: string | null }> {
  const page = await listActivity(db, {
    cursor: decodeActivityCursor(options.cursor),
    kind: options.kind,
    limit: ACTIVITY_PAGE_SIZE,
  });
  return {
    items: page.items.map(toActivityItem),
    nextCursor: page.nextCursor ? encodeActivityCursor(page.nextCursor) : null,
  };
}

export function toActivityItem(row: ActivityRow): ActivityItem {
  return {
    id: row.id,
    at: row.at.toISOString(),
    kind: row.kind,
    actorName: row.actorName ?? "Former member",
    ...describeAction(row.kind, row.detail),
    take: row.takeId ? { id: row.takeId, excerpt: excerpt(row.prompt ?? "", 60), deleted: row.takeDeleted } : null,
    shot:
      row.shotId && row.shotName
        ? { id: row.shotId, name: excerpt(row.shotName, 60), relation: SHOT_RELATIONS[row.kind] ?? "in shot" }
        : null,
  };
}

export function encodeActivityCursor(cursor: ActivityCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

/** Undefined for anything that is not a cursor this module made: the feed then starts at the top. */
export function decodeActivityCursor(value: string | undefined): ActivityCursor | undefined {
  if (!value) return undefined;
  const [at, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  if (rest.length > 0 || !id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) return undefined;
  return { at: date, id };
}
