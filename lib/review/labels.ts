/**
 * Review words and choices as a person reads them. Plain module: the take page, the gallery's filter
 * bar and the server share it. The values themselves are in ./review-values.ts.
 */
import type { CameraVerdict, ReviewDecision, ReviewState } from "@/lib/review/review-values";

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
const BEFORE_ACCOUNTS = "Before accounts";
export const FORMER_MEMBER = "Former member";
/** Takes made before accounts existed were all credited to the studio itself. */
const LEGACY_CREATOR = "studio";

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
