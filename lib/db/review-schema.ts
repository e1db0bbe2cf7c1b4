/**
 * Reviewing takes together: per-reviewer decisions, time-coded comments with replies, favourites,
 * share links and the activity feed. A take's overall review state and its "camera followed?"
 * verdict live on takes (see schema.ts) so the gallery can filter on them directly.
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { CommentDrawing } from "@/lib/review/drawing";
import type { ReviewDecision } from "@/lib/review/review-values";
import { users } from "./auth-schema";
import { shots, takes } from "./schema";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** The take a row is about; the row goes when the take is deleted for good. */
const takeRef = () =>
  text("take_id")
    .notNull()
    .references(() => takes.id, { onDelete: "cascade" });

/** A member whose own row this is (a decision, a favourite); it goes with their account. */
const memberRef = (name: string) =>
  text(name)
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** One row per take and reviewer: that reviewer's current decision. */
export const takeReviews = pgTable(
  "take_reviews",
  {
    takeId: takeRef(),
    reviewerId: memberRef("reviewer_id"),
    decision: text("decision").$type<ReviewDecision>().notNull(),
    decidedAt: ts("decided_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.takeId, table.reviewerId] }),
    index("take_reviews_reviewer_idx").on(table.reviewerId),
    check("take_reviews_decision", sql`${table.decision} in ('approved', 'changes_requested', 'rejected')`),
  ],
);

/**
 * A comment on a take. Top-level comments carry the moment of the video they are about (`at_ms`), or a
 * range from `at_ms` to `end_ms`, and may carry a drawing on the frame (coordinates 0–1 of the video
 * frame, validated by lib/review/drawing.ts); replies point at their top-level comment and carry neither. `shared_at` marks a comment approved
 * for share links: only those appear on a share page.
 */
export const takeComments = pgTable(
  "take_comments",
  {
    id: text("id").primaryKey(),
    takeId: takeRef(),
    parentId: text("parent_id"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    atMs: integer("at_ms"),
    /** The end of a range comment; null for a comment on one moment. */
    endMs: integer("end_ms"),
    drawing: jsonb("drawing").$type<CommentDrawing>(),
    createdAt: ts("created_at").notNull().defaultNow(),
    resolvedAt: ts("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    sharedAt: ts("shared_at"),
    sharedBy: text("shared_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    index("take_comments_take_idx").on(table.takeId, table.createdAt),
    index("take_comments_parent_idx").on(table.parentId),
    check("take_comments_at_ms", sql`${table.atMs} is null or ${table.atMs} >= 0`),
    check(
      "take_comments_end_ms",
      sql`${table.endMs} is null or (${table.atMs} is not null and ${table.endMs} > ${table.atMs})`,
    ),
  ],
);

/** A member's favourite takes. */
export const favourites = pgTable(
  "favourites",
  {
    userId: memberRef("user_id"),
    takeId: takeRef(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.takeId] }), index("favourites_take_idx").on(table.takeId)],
);

/**
 * A read-only link to one take, a selection or a whole shot. Only the SHA-256 of its token is stored,
 * and only a salted scrypt hash of its optional passphrase (lib/share/passphrase.ts).
 */
export const shareLinks = pgTable(
  "share_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    title: text("title").notNull().default(""),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    /** Null: never expires. */
    expiresAt: ts("expires_at"),
    revokedAt: ts("revoked_at"),
    revokedBy: text("revoked_by").references(() => users.id, { onDelete: "set null" }),
    /** Null: no passphrase asked. */
    passphraseHash: text("passphrase_hash"),
    /** Off: the share page offers no download and the download route answers 403. */
    allowDownload: boolean("allow_download").notNull().default(true),
    /** Set when the link shares a whole shot (its takes are listed in share_link_takes, circled first). */
    shotId: text("shot_id").references(() => shots.id, { onDelete: "set null" }),
  },
  (table) => [index("share_links_creator_idx").on(table.createdBy, table.createdAt.desc())],
);

export const shareLinkTakes = pgTable(
  "share_link_takes",
  {
    shareLinkId: text("share_link_id")
      .notNull()
      .references(() => shareLinks.id, { onDelete: "cascade" }),
    takeId: takeRef(),
    position: integer("position").notNull(),
  },
  (table) => [primaryKey({ columns: [table.shareLinkId, table.takeId] })],
);

export const ACTIVITY_KINDS = [
  "generated",
  "reviewed",
  "commented",
  "replied",
  "resolved",
  "verdict",
  "shared",
  "share_revoked",
  "deleted",
  "restored",
  "circled",
  "moved",
  "renamed",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Who did what, newest first: generated, reviewed, commented… `detail` holds the kind's specifics. */
export const activity = pgTable(
  "activity",
  {
    id: text("id").primaryKey(),
    at: ts("at").notNull().defaultNow(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").$type<ActivityKind>().notNull(),
    takeId: text("take_id").references(() => takes.id, { onDelete: "cascade" }),
    /** The shot an entry is about (circled, moved, renamed); a take's own entries leave it null. */
    shotId: text("shot_id").references(() => shots.id, { onDelete: "set null" }),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index("activity_at_idx").on(table.at.desc(), table.id.desc()),
    index("activity_take_idx").on(table.takeId, table.at.desc()),
  ],
);

export type TakeReview = typeof takeReviews.$inferSelect;
export type TakeComment = typeof takeComments.$inferSelect;
export type ShareLink = typeof shareLinks.$inferSelect;
export type Activity = typeof activity.$inferSelect;
