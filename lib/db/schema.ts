/** The studio's tables. One file per domain would follow as domains grow; today there is one. */

import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  doublePrecision,
  index,
  integer,
  jsonb,
  type PgColumn,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import type { CameraCheckFigures, CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio, Duration, Mode, ModelName, Sound } from "@/lib/kling/fields";
import type { Text2VideoBody } from "@/lib/kling/request";
import type { CameraVerdict, ReviewState } from "@/lib/review/review-values";
import type { TakeStatus } from "@/lib/takes/statuses";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * A shot: sibling takes aimed at one result (a batch of variations, a camera sweep, a remix that joined
 * its source). Every take belongs to exactly one shot. The database keeps that true on its own: a take
 * stored without a shot gets one (its batch's, else a new shot of one, named after the prompt's first
 * words), and a shot whose last take leaves is removed (see migration 0006).
 */
export const shots = pgTable(
  "shots",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
    /** The team's pick among the shot's takes: one at a time, cleared when that take leaves the shot. */
    circledTakeId: text("circled_take_id").references((): AnyPgColumn => takes.id, { onDelete: "set null" }),
    circledBy: text("circled_by"),
    circledAt: ts("circled_at"),
  },
  (table) => [index("shots_created_idx").on(table.createdAt.desc(), table.id.desc())],
);

export const takes = pgTable(
  "takes",
  {
    /** Our id; sent to Kling as external_task_id so a lost submit answer can be found again. */
    id: text("id").primaryKey(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
    batchId: text("batch_id"),
    /**
     * The shot this take is a sibling in. Left out of an insert, the database assigns it: the batch's
     * shot (id = batch_id), else a new shot of one (id = the take's id). Hence the SQL DEFAULT here.
     */
    shotId: text("shot_id")
      .notNull()
      .references((): AnyPgColumn => shots.id)
      .$defaultFn(() => sql`default`),

    modelName: text("model_name").$type<ModelName>().notNull(),
    prompt: text("prompt").notNull(),
    negativePrompt: text("negative_prompt").notNull().default(""),
    cfgScale: doublePrecision("cfg_scale").notNull(),
    mode: text("mode").$type<Mode>().notNull(),
    aspectRatio: text("aspect_ratio").$type<AspectRatio>().notNull(),
    duration: text("duration").$type<Duration>().notNull(),
    sound: text("sound").$type<Sound>(),
    /** The move the creator asked for, whichever way it travels to the model (and whatever the model). */
    cameraIntent: jsonb("camera_intent").$type<CameraControl>(),
    /** The camera direction written into the prompt; null when the move was sent as camera_control (or there is none). */
    cameraSentence: text("camera_sentence"),
    /**
     * The create body (lib/kling/request.ts) as it was built when the take was stored, without the ids
     * submit adds: the worker sends exactly this. Null for takes stored before the body was kept.
     */
    requestBody: jsonb("request_body").$type<Text2VideoBody>(),

    status: text("status").$type<TakeStatus>().notNull(),
    upstreamTaskId: text("upstream_task_id"),
    upstreamStatus: text("upstream_status"),
    failureCode: text("failure_code"),
    failureMessage: text("failure_message"),
    /** The last transient problem (a retry is scheduled); cleared on progress. */
    lastError: text("last_error"),

    unitsEstimated: doublePrecision("units_estimated").notNull(),
    unitsCharged: doublePrecision("units_charged"),

    submitAttempts: integer("submit_attempts").notNull().default(0),
    pollCount: integer("poll_count").notNull().default(0),
    /** Consecutive transient failures of the current step; drives backoff and gives up when bounded. */
    retryCount: integer("retry_count").notNull().default(0),
    nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: ts("lease_expires_at"),

    submittedAt: ts("submitted_at"),
    upstreamFinishedAt: ts("upstream_finished_at"),
    finishedAt: ts("finished_at"),

    resultUrl: text("result_url"),
    videoKey: text("video_key"),
    posterKey: text("poster_key"),
    videoDurationMs: integer("video_duration_ms"),
    videoBytes: integer("video_bytes"),
    /** Frames per second of the stored video, read from the file; null until known. */
    videoFps: doublePrecision("video_fps"),

    /** When Kling last called back about this take; a take that gets callbacks needs only slow safety polls. */
    callbackAt: ts("callback_at"),

    /** Overall review state, kept by lib/review from the reviewers' decisions (take_reviews). */
    reviewState: text("review_state").$type<ReviewState>().notNull().default("unreviewed"),
    reviewStateAt: ts("review_state_at"),
    /** Did the model follow the requested camera move? Set by any reviewer; null until judged. */
    cameraVerdict: text("camera_verdict").$type<CameraVerdict>(),
    cameraVerdictBy: text("camera_verdict_by"),
    cameraVerdictAt: ts("camera_verdict_at"),

    /**
     * The camera move measured in the stored video (lib/camera-check) and how it compares with the intent.
     * `cameraCheckedAt` is set once a measurement is stored; the verdict stays null when no move was asked for.
     */
    cameraCheckMove: text("camera_check_move"),
    cameraCheckConfidence: doublePrecision("camera_check_confidence"),
    cameraCheckVerdict: text("camera_check_verdict").$type<CameraCheckVerdict>(),
    cameraCheck: jsonb("camera_check").$type<CameraCheckFigures>(),
    cameraCheckedAt: ts("camera_checked_at"),
    /** Failed measurements so far; the backfill gives up on a video after a few. */
    cameraCheckAttempts: integer("camera_check_attempts").notNull().default(0),
    cameraCheckError: text("camera_check_error"),
    /** A worker measuring this video holds it until then, so two processes never measure one video at once. */
    cameraCheckLeaseUntil: ts("camera_check_lease_until"),

    /** Soft delete: hidden from lists and polling at once, so "Undo" can bring the take back. */
    deletedAt: ts("deleted_at"),
    /**
     * The intended camera move's type ("none" when left to the model), derived from camera_intent by the
     * database so the gallery can filter on a plain indexed column instead of reaching into JSON.
     */
    cameraType: text("camera_type").generatedAlwaysAs(sql`coalesce(camera_intent->>'type', 'none')`),
  },
  (table) => {
    // The gallery's pages: newest first among visible takes, optionally narrowed by one equality filter.
    const galleryListIndex = (name: string, filter: PgColumn) =>
      index(name).on(filter, table.createdAt.desc(), table.id.desc()).where(sql`${table.deletedAt} is null`);
    return [
      index("takes_created_idx").on(table.createdAt.desc(), table.id.desc()),
      // A shot's takes, and the shots view's per-shot summaries.
      index("takes_shot_idx").on(table.shotId, table.createdAt.desc()),
      index("takes_due_idx").on(table.nextAttemptAt).where(sql`${table.status} not in ('ready', 'failed')`),
      index("takes_upstream_idx").on(table.upstreamTaskId),
      index("takes_visible_idx").on(table.createdAt.desc(), table.id.desc()).where(sql`${table.deletedAt} is null`),
      galleryListIndex("takes_status_list_idx", table.status),
      galleryListIndex("takes_creator_list_idx", table.createdBy),
      galleryListIndex("takes_model_list_idx", table.modelName),
      galleryListIndex("takes_camera_list_idx", table.cameraType),
      galleryListIndex("takes_review_list_idx", table.reviewState),
      galleryListIndex("takes_verdict_list_idx", table.cameraVerdict),
      galleryListIndex("takes_camera_check_list_idx", table.cameraCheckVerdict),
      // Videos still to measure, newest first: new takes go before the backfill of older ones.
      index("takes_camera_check_due_idx")
        .on(table.finishedAt.desc())
        .where(sql`${table.status} = 'ready' and ${table.cameraCheckedAt} is null and ${table.deletedAt} is null`),
      // Time-left estimates: the latest finished takes of one kind.
      index("takes_history_idx")
        .on(table.modelName, table.mode, table.duration, table.upstreamFinishedAt.desc())
        .where(sql`${table.status} = 'ready'`),
    ];
  },
);

/**
 * Models Kling refused for this account (1203 or 1103 naming the model): the form shows them disabled
 * with Kling's words, and takes for them are not sent until an admin clears the mark ("Check again").
 */
export const modelAvailability = pgTable("model_availability", {
  modelName: text("model_name").$type<ModelName>().primaryKey(),
  unavailableSince: ts("unavailable_since").notNull(),
  klingCode: integer("kling_code"),
  message: text("message").notNull(),
});

export type Shot = typeof shots.$inferSelect;
export type Take = typeof takes.$inferSelect;
export type NewTake = typeof takes.$inferInsert;
