/** Where the open comments of several takes sit on their videos, for players other than the take page's. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { listOpenCommentMarks } from "@/lib/db/queries/comments";
import { readDrawing } from "./drawing";
import { FORMER_MEMBER } from "./labels";
import type { CommentMarkView } from "./view";

const EXCERPT = 40;

export async function loadCommentMarks(db: Db, takeIds: string[]): Promise<Map<string, CommentMarkView[]>> {
  const marks = new Map<string, CommentMarkView[]>(takeIds.map((id) => [id, []]));
  for (const row of await listOpenCommentMarks(db, takeIds)) {
    if (row.atMs === null) continue;
    const text = row.body.length > EXCERPT ? `${row.body.slice(0, EXCERPT)}…` : row.body;
    marks.get(row.takeId)?.push({
      id: row.id,
      atMs: row.atMs,
      endMs: row.endMs,
      drawing: readDrawing(row.drawing),
      label: `${row.authorName ?? FORMER_MEMBER}: ${text}`,
    });
  }
  return marks;
}
