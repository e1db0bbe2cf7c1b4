/**
 * Activity entries as the feed shows them: plain, serializable, with the sentence already worded.
 * `detail` is written by each action (see lib/activity/record.ts's callers); unknown shapes read as
 * the bare verb rather than failing.
 */
import { ACTIVITY_KINDS, type ActivityKind } from "@/lib/db/review-schema";

export type ActivityItem = {
  id: string;
  at: string;
  kind: ActivityKind;
  actorName: string;
  /** Between the actor and the take: "approved", "commented on". */
  verb: string;
  /** After the take, when there is more to say: the comment's excerpt, the verdict, the link's title. */
  note: string | null;
  take: { id: string; excerpt: string; deleted: boolean } | null;
  /** The shot an entry is about, by its current name, with how the sentence joins it ("in shot", "to shot"). */
  shot: { id: string; name: string; relation: string } | null;
};

/** How a shot joins the sentence of an entry about it. */
export const SHOT_RELATIONS: Partial<Record<ActivityKind, string>> = {
  circled: "in shot",
  moved: "to shot",
  renamed: "the shot",
};

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  generated: "Generated",
  reviewed: "Reviewed",
  commented: "Commented",
  replied: "Replied",
  resolved: "Resolved",
  verdict: "Camera verdicts",
  shared: "Shared",
  share_revoked: "Share revoked",
  deleted: "Deleted",
  restored: "Restored",
  circled: "Circled",
  moved: "Moved",
  renamed: "Renamed shots",
};

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

const REVIEW_DECISIONS: Record<string, string> = {
  approved: "approved",
  changes_requested: "asked for changes on",
  rejected: "rejected",
};

const CAMERA_VERDICTS: Record<string, string> = { yes: "yes", partly: "partly", no: "no" };

export function describeAction(
  kind: ActivityKind,
  detail: Record<string, unknown>,
): { verb: string; note: string | null } {
  const text = (key: string) => (typeof detail[key] === "string" ? String(detail[key]) : undefined);
  const quoted = (key: string, length: number) => {
    const value = text(key);
    return value ? `“${excerpt(value, length)}”` : null;
  };
  switch (kind) {
    case "generated":
      return { verb: "generated", note: null };
    case "reviewed":
      return { verb: REVIEW_DECISIONS[text("decision") ?? ""] ?? "reviewed", note: null };
    case "commented":
      return { verb: "commented on", note: quoted("excerpt", 100) };
    case "replied":
      return { verb: "replied to a comment on", note: quoted("excerpt", 100) };
    case "resolved":
      return { verb: detail.resolved === false ? "reopened a comment on" : "resolved a comment on", note: null };
    case "verdict": {
      const verdict = CAMERA_VERDICTS[text("verdict") ?? ""];
      return { verb: "judged the camera move of", note: verdict ? `Camera followed: ${verdict}` : null };
    }
    case "shared":
      return { verb: "shared", note: text("title") ? `Link ${quoted("title", 60)}` : null };
    case "share_revoked":
      return { verb: "revoked a share link of", note: text("title") ? `Link ${quoted("title", 60)}` : null };
    case "deleted":
      return { verb: "deleted", note: null };
    case "restored":
      return { verb: "restored", note: null };
    case "circled":
      return { verb: detail.circled === false ? "took the circle off" : "circled", note: null };
    case "moved":
      return {
        verb: "moved",
        note:
          detail.newShot === true
            ? "Into a new shot of its own"
            : text("fromShotName")
              ? `Out of ${quoted("fromShotName", 60)}`
              : null,
      };
    case "renamed":
      return { verb: "renamed", note: text("previousName") ? `Was ${quoted("previousName", 60)}` : null };
  }
}

export function excerpt(value: string, length: number): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
