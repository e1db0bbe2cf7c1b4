/**
 * The values a review takes, defined once: the table definitions, the schemas, the labels and the
 * filters all read them from here. Browser-safe.
 */

/** A reviewer's decision. "unreviewed" is the absence of one. */
export const REVIEW_DECISIONS = ["approved", "changes_requested", "rejected"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A take's overall review state, kept from its reviewers' decisions (./state.ts). */
export const REVIEW_STATES = ["unreviewed", ...REVIEW_DECISIONS] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** "Camera followed?", as a reviewer judges it. */
export const CAMERA_VERDICTS = ["yes", "partly", "no"] as const;
export type CameraVerdict = (typeof CAMERA_VERDICTS)[number];
