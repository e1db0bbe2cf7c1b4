/**
 * A stored take read back as settings (what a retry sends again and a remix opens with) and as the body
 * its create carries. Takes stored before the body was kept get it built from their settings, which is
 * how it was built when they were sent.
 */
import { describeCameraMove } from "@/lib/camera/camera-language";
import type { Take } from "@/lib/db/schema";
import { buildText2VideoBody, type Text2VideoBody } from "@/lib/kling/request";
import type { TakeParams } from "@/lib/kling/schema";

type SettingsRow = Pick<
  Take,
  | "modelName"
  | "prompt"
  | "negativePrompt"
  | "cfgScale"
  | "mode"
  | "aspectRatio"
  | "duration"
  | "sound"
  | "cameraIntent"
  | "cameraSentence"
>;

/** The request fields a take stores as columns of their own, as the API names them. */
export function storedFields(row: SettingsRow) {
  return {
    model_name: row.modelName,
    prompt: row.prompt,
    negative_prompt: row.negativePrompt,
    cfg_scale: row.cfgScale,
    mode: row.mode,
    aspect_ratio: row.aspectRatio,
    duration: row.duration,
  };
}

export function settingsOf(row: SettingsRow): TakeParams {
  const intent = row.cameraIntent ?? undefined;
  // The studio's own wording is not kept as the creator's: a remix on another model words the move anew.
  const ownSentence = row.cameraSentence !== null && row.cameraSentence !== describeCameraMove(intent);
  return {
    ...storedFields(row),
    sound: row.sound ?? "off",
    camera_intent: intent,
    camera_sentence: ownSentence ? (row.cameraSentence ?? undefined) : undefined,
  };
}

export function requestBodyOf(row: SettingsRow & Pick<Take, "requestBody">): Text2VideoBody {
  return row.requestBody ?? buildText2VideoBody(settingsOf(row));
}
