/**
 * The inputs of reviewing a take, one schema each: the take page's forms, the server actions in
 * app/takes/[id]/review-actions.ts and lib/review all validate with these.
 */

import { z } from "zod";
import { unstorableCharacter } from "@/lib/forms/storable-text";
import { commentDrawingSchema } from "./drawing";
import { CAMERA_VERDICTS, REVIEW_DECISIONS } from "./review-values";

export const MAX_COMMENT_LENGTH = 2000;

const takeId = z.uuid("That is not a take id.");
const commentId = z.uuid("That is not a comment id.");

export const commentBodySchema = z
  .string({ error: "Write a comment." })
  .trim()
  .min(1, "Write a comment.")
  .max(MAX_COMMENT_LENGTH, `Keep comments under ${MAX_COMMENT_LENGTH.toLocaleString("en-US")} characters.`)
  .superRefine((value, ctx) => {
    const character = unstorableCharacter(value);
    if (character) ctx.addIssue({ code: "custom", message: `Remove ${character} from the comment.` });
  });

export const decisionSchema = z.object({
  takeId,
  /** null clears my decision. */
  decision: z.enum(REVIEW_DECISIONS, { error: "Choose approve, request changes or reject." }).nullable(),
});

export const addCommentSchema = z
  .object({
    takeId,
    body: commentBodySchema,
    /** The moment of the video (or a range's start), in ms; the server also checks it against the video's length. */
    atMs: z
      .number({ error: "The comment needs a moment of the video." })
      .int("The moment must be whole milliseconds.")
      .min(0, "The moment cannot be before the start of the video."),
    /** A range comment's end, after `atMs`; absent or null for a comment on one moment. */
    endMs: z
      .number({ error: "The end of the range must be a moment of the video." })
      .int("The end of the range must be whole milliseconds.")
      .min(0, "The end of the range cannot be before the start of the video.")
      .nullish(),
    /** Marks on the frame (lib/review/drawing.ts is their one boundary); absent or null for none. */
    drawing: commentDrawingSchema.nullish(),
  })
  .refine((input) => input.endMs == null || input.endMs > input.atMs, {
    path: ["endMs"],
    message: "The end of the range must come after its start.",
  });

export const addReplySchema = z.object({ commentId, body: commentBodySchema });

export const resolveCommentSchema = z.object({ commentId, resolved: z.boolean() });

export const shareCommentSchema = z.object({ commentId, shared: z.boolean() });

export const verdictSchema = z.object({
  takeId,
  verdict: z.enum(CAMERA_VERDICTS, { error: "Choose yes, partly or no." }).nullable(),
});

export const favouriteSchema = z.object({ takeId, favourite: z.boolean() });
