/**
 * What the takes API answers, as zod schemas: `/api/generations` (a gallery page), `/api/generations/<id>`
 * (one take) and `/api/generations/status` (a poll). The route handlers build their JSON typed by these
 * schemas (`z.infer`) and the browser parses every answer with them (lib/takes/take-api.ts), so the two
 * cannot drift apart. Browser-safe.
 */
import { z } from "zod";
import { CAMERA_CHECK_VERDICTS } from "@/lib/camera-check/camera-check";
import { cameraControlSchema } from "@/lib/kling/camera-control";
import { ASPECT_RATIOS, DURATIONS, MODEL_NAMES, MODES, SOUNDS } from "@/lib/kling/fields";
import { CAMERA_DELIVERIES } from "@/lib/kling/request";
import { REVIEW_STATES } from "@/lib/review/review-values";
import { TAKE_STATUSES } from "./statuses";

const timestamp = z.iso.datetime();

/** A take as the browser sees it: a plain, serializable view of a take row (built by lib/takes/to-view.ts). */
export const takeViewSchema = z.object({
  id: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** The creator's user id, or "studio" for takes from before accounts. */
  createdBy: z.string(),
  /** Who to credit: the member's name, "Former member" or "Before accounts" (see lib/review/labels.ts). */
  creatorName: z.string(),
  status: z.enum(TAKE_STATUSES),
  /** The reviewers' overall verdict (lib/review/state.ts). */
  reviewState: z.enum(REVIEW_STATES),
  params: z.object({
    model_name: z.enum(MODEL_NAMES),
    prompt: z.string(),
    negative_prompt: z.string(),
    cfg_scale: z.number(),
    mode: z.enum(MODES),
    aspect_ratio: z.enum(ASPECT_RATIOS),
    duration: z.enum(DURATIONS),
    /** null for models without a sound option */
    sound: z.enum(SOUNDS).nullable(),
    /** The move the creator asked for, whichever way it travelled to the model. */
    camera_intent: cameraControlSchema.nullable(),
    /** The camera direction written into the prompt; null when the move was sent as camera_control. */
    camera_sentence: z.string().nullable(),
  }),
  /** How the move reached the model, or null when none was asked for. */
  cameraDelivery: z.enum(CAMERA_DELIVERIES).nullable(),
  /** The move measured in the video and the verdict against the intent; null until measured or with no intent. */
  cameraCheck: z
    .object({ verdict: z.enum(CAMERA_CHECK_VERDICTS), move: z.string(), confidence: z.number() })
    .nullable(),
  /** The video is stored and its camera move is still to be measured: a tab keeps watching the take. */
  cameraCheckPending: z.boolean(),
  upstreamTaskId: z.string().nullable(),
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  /** A transient problem being retried (e.g. Kling busy), so the user sees why a take waits. */
  retryNote: z.string().nullable(),
  unitsEstimated: z.number(),
  unitsCharged: z.number().nullable(),
  submittedAt: timestamp.nullable(),
  /** When Kling reported "succeed" (or "failed"): the end of the part the time-left estimate covers. */
  upstreamFinishedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
  videoUrl: z.string().nullable(),
  posterUrl: z.string().nullable(),
  videoDurationMs: z.number().nullable(),
  /**
   * How long Kling usually takes for this kind of take (model, mode, duration), learned from this
   * studio's history; absent when the server did not attach one (the browser then uses a default).
   */
  expectedRenderMs: z.number().optional(),
});

/** `GET /api/generations?cursor=<nextCursor>&<filters>`: newest first; `nextCursor` is null at the end. */
export const galleryPageSchema = z.object({
  items: z.array(takeViewSchema),
  nextCursor: z.string().nullable(),
});
export type GalleryPage = z.infer<typeof galleryPageSchema>;

/** One answer of `/api/generations/status`: the watched takes, takes new since the tab's newest, and takes gone. */
export const takeStatusBodySchema = z.object({
  items: z.array(takeViewSchema),
  /** Newer than the `after` cursor and matching the tab's filters, oldest first. */
  created: z.array(takeViewSchema),
  /** Watched ids that were deleted (or never existed): the tab drops them. */
  removed: z.array(z.string()),
});

/** Every refusal of the studio's routes (lib/http/responses.ts): a code such as `not_found:take` and a message. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
