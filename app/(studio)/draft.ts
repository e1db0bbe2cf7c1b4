/**
 * The form's draft in localStorage, so a reload (or a closed tab) does not lose a half-written take.
 * Reading is lenient: each field that no longer parses (an old draft, a model since removed) falls back
 * to its default instead of throwing the whole draft away, a draft written before the move was kept as
 * the take's intent has its `camera_control` read as `camera_intent`, and a mode, duration or sound the
 * model cannot take is fitted to it.
 */
import { z } from "zod";
import { cameraConfigSchema } from "@/lib/kling/camera-control";
import {
  ASPECT_RATIOS,
  CAMERA_AXES,
  DURATIONS,
  MODEL_NAMES,
  MODES,
  PRESET_CAMERA_TYPES,
  SOUNDS,
} from "@/lib/kling/fields";
import { fitToModel } from "@/lib/kling/fit-settings";
import { BATCH_KINDS, DEFAULT_BATCH, DEFAULT_VALUES, type StudioValues } from "./studio-form-schema";

const DRAFT_KEY = "kling-studio:draft:v1";

const draftSchema = z.object({
  model_name: z.enum(MODEL_NAMES).catch(DEFAULT_VALUES.model_name),
  prompt: z.string().catch(""),
  negative_prompt: z.string().catch(""),
  cfg_scale: z.number().min(0).max(1).catch(DEFAULT_VALUES.cfg_scale),
  mode: z.enum(MODES).catch(DEFAULT_VALUES.mode),
  aspect_ratio: z.enum(ASPECT_RATIOS).catch(DEFAULT_VALUES.aspect_ratio),
  duration: z.enum(DURATIONS).catch(DEFAULT_VALUES.duration),
  sound: z.enum(SOUNDS).catch("off"),
  // A simple move without an axis yet is a valid draft, though not a valid request.
  camera_intent: z
    .union([
      z.object({ type: z.literal("simple"), config: cameraConfigSchema }),
      z.object({ type: z.enum(PRESET_CAMERA_TYPES) }),
    ])
    .optional()
    .catch(undefined),
  // Undefined: the studio words the move; a string: the creator's own direction.
  camera_sentence: z.string().optional().catch(undefined),
  batch: z
    .object({
      kind: z.enum(BATCH_KINDS).catch(DEFAULT_BATCH.kind),
      count: z.number().catch(DEFAULT_BATCH.count),
      axes: z.array(z.enum(CAMERA_AXES)).catch(DEFAULT_BATCH.axes),
      magnitude: z.number().catch(DEFAULT_BATCH.magnitude),
      bothSigns: z.boolean().catch(DEFAULT_BATCH.bothSigns),
    })
    .catch(DEFAULT_BATCH),
});

export function readDraft(): StudioValues | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY);
    return raw ? parseDraft(JSON.parse(raw)) : null;
  } catch {
    // Storage blocked or the JSON is broken: start fresh.
    return null;
  }
}

/** A stored draft as form values, or null when it is not a draft at all. */
export function parseDraft(stored: unknown): StudioValues | null {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return null;
  const legacy =
    "camera_control" in stored && !("camera_intent" in stored) ? { camera_intent: stored.camera_control } : {};
  const parsed = draftSchema.safeParse({ ...stored, ...legacy });
  return parsed.success ? fitToModel(parsed.data).settings : null;
}

export function writeDraft(values: unknown) {
  try {
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Full or blocked storage only costs the draft.
  }
}

export function clearDraft() {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}
