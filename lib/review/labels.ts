/**
 * Review words and choices as a person reads them. Plain module: the take page, the gallery's filter
 * bar and the server share it. The lists mirror lib/db/review-schema.ts (checked by `satisfies`), kept
 * here so the browser bundle never pulls in table definitions.
 */
import type { CameraVerdict, ReviewDecision, ReviewState } from "@/lib/db/review-schema";

export const DECISIONS = ["approved", "changes_requested", "rejected"] as const satisfies readonly ReviewDecision[];
export const STATES = ["unreviewed", ...DECISIONS] as const satisfies readonly ReviewState[];
export const VERDICTS = ["yes", "partly", "no"] as const satisfies readonly CameraVerdict[];

export type { CameraVerdict, ReviewDecision, ReviewState };

export const STATE_LABELS: Record<ReviewState, string> = {
  unreviewed: "Unreviewed",
  approved: "Approved",
  changes_requested: "Changes requested",
  rejected: "Rejected",
};

/** The buttons that set my decision. */
export const DECISION_ACTIONS: Record<ReviewDecision, string> = {
  approved: "Approve",
  changes_requested: "Request changes",
  rejected: "Reject",
};

export const VERDICT_LABELS: Record<CameraVerdict, string> = { yes: "Yes", partly: "Partly", no: "No" };

/** Who made a take, for the page and the gallery: a member's name, or why there is none. */
export const BEFORE_ACCOUNTS = "Before accounts";
export const FORMER_MEMBER = "Former member";
/** Takes made before accounts existed were all credited to the studio itself. */
export const LEGACY_CREATOR = "studio";

/** `name`: the member's name, null when no member has that id, undefined when it was not looked up. */
export function creatorLabel(createdBy: string, name: string | null | undefined): string {
  if (createdBy === LEGACY_CREATOR) return BEFORE_ACCOUNTS;
  if (name === undefined) return "Member";
  return name ?? FORMER_MEMBER;
}

/** 2500 → "0:02.5"; 65_000 → "1:05.0". Tenths are enough to find a moment in a take of seconds. */
export function formatTimecode(ms: number): string {
  const tenths = Math.max(0, Math.round(ms / 100));
  const minutes = Math.floor(tenths / 600);
  const seconds = Math.floor((tenths % 600) / 10);
  return `${minutes}:${String(seconds).padStart(2, "0")}.${tenths % 10}`;
}
