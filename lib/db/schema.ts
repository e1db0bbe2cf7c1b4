/** The studio's tables. One file per domain would follow as domains grow; today there is one. */
import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { CameraVerdict, ReviewState } from "./review-schema";
import type { AspectRatio, CameraControl, Duration, Mode, ModelName } from "@/lib/kling/schema";

export const GENERATION_STATUSES = [
  "queued", // stored; waiting to be submitted (or to be retried after a retryable refusal)
  "submitting", // a submit was sent and its outcome is not known yet: look it up before sending again
  "submitted", // Kling accepted it
  "processing", // Kling is rendering
  "downloading", // Kling finished; the video is being copied into our storage
  "ready",
  "failed",
] as const;
export type GenerationStatus = (typeof GENERATION_STATUSES)[number];
export const ACTIVE_STATUSES = GENERATION_STATUSES.filter((status) => status !== "ready" && status !== "failed");

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const generations = pgTable(
  "generations",
  {
    /** Our id; sent to Kling as external_task_id so a lost submit answer can be found again. */
    id: text("id").primaryKey(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
    batchId: text("batch_id"),

    modelName: text("model_name").$type<ModelName>().notNull(),
    prompt: text("prompt").notNull(),
    negativePrompt: text("negative_prompt").notNull().default(""),
    cfgScale: doublePrecision("cfg_scale").notNull(),
    mode: text("mode").$type<Mode>().notNull(),
    aspectRatio: text("aspect_ratio").$type<AspectRatio>().notNull(),
    duration: text("duration").$type<Duration>().notNull(),
    cameraControl: jsonb("camera_control").$type<CameraControl>(),

    status: text("status").$type<GenerationStatus>().notNull(),
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

    /** When Kling last called back about this take; a take that gets callbacks needs only slow safety polls. */
    callbackAt: ts("callback_at"),

    /** Overall review state, kept by lib/review from the reviewers' decisions (take_reviews). */
    reviewState: text("review_state").$type<ReviewState>().notNull().default("unreviewed"),
    reviewStateAt: ts("review_state_at"),
    /** Did the model follow the requested camera move? Set by any reviewer; null until judged. */
    cameraVerdict: text("camera_verdict").$type<CameraVerdict>(),
    cameraVerdictBy: text("camera_verdict_by"),
    cameraVerdictAt: ts("camera_verdict_at"),

    /** Soft delete: hidden from lists and polling at once, so "Undo" can bring the take back. */
    deletedAt: ts("deleted_at"),
    /**
     * The camera move's type ("none" when left to the model), derived from camera_control by the
     * database so the gallery can filter on a plain indexed column instead of reaching into JSON.
     */
    cameraType: text("camera_type").generatedAlwaysAs(sql`coalesce(camera_control->>'type', 'none')`),
  },
  (table) => [
    index("generations_created_idx").on(table.createdAt.desc(), table.id.desc()),
    index("generations_due_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.status} not in ('ready', 'failed')`),
    index("generations_upstream_idx").on(table.upstreamTaskId),
    // The gallery's pages: newest first among visible takes, optionally narrowed by one equality filter.
    index("generations_visible_idx")
      .on(table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_status_list_idx")
      .on(table.status, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_creator_list_idx")
      .on(table.createdBy, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_model_list_idx")
      .on(table.modelName, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_camera_list_idx")
      .on(table.cameraType, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_review_list_idx")
      .on(table.reviewState, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    index("generations_verdict_list_idx")
      .on(table.cameraVerdict, table.createdAt.desc(), table.id.desc())
      .where(sql`${table.deletedAt} is null`),
    // Time-left estimates: the latest finished takes of one kind.
    index("generations_history_idx")
      .on(table.modelName, table.mode, table.duration, table.upstreamFinishedAt.desc())
      .where(sql`${table.status} = 'ready'`),
  ],
);

export type Generation = typeof generations.$inferSelect;
export type NewGeneration = typeof generations.$inferInsert;
