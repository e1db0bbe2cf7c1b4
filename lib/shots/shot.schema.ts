/**
 * The inputs of the shot actions, validated on the server and shared with the forms that send them.
 * Browser-safe.
 */
import { z } from "zod";
import { unstorableCharacter } from "@/lib/forms/storable-text";

export const SHOT_NAME_MAX = 80;

const shotId = z.uuid("That is not a shot id.");
const takeId = z.uuid("That is not a take id.");

/** A shot's name: trimmed, 1 to 80 characters, no control characters (a NUL cannot even be stored). */
export const shotNameSchema = z
  .string({ error: "Give the shot a name." })
  .trim()
  .min(1, "Give the shot a name.")
  .max(SHOT_NAME_MAX, `A shot's name is at most ${SHOT_NAME_MAX} characters.`)
  .refine((name) => ![...name].some(isControl), "A shot's name cannot hold line breaks or control characters.")
  .refine((name) => unstorableCharacter(name) === null, "Remove the broken character from the name.");

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

export const renameShotSchema = z.object({ shotId, name: shotNameSchema });

/** `takeId: null` takes the circle off. */
export const circleTakeSchema = z.object({ shotId, takeId: takeId.nullable() });

/** Where a take goes: another shot, or "new" for a new shot of its own. */
export const moveTakeSchema = z.object({
  takeId,
  target: z.union([shotId, z.literal("new")], { error: "Choose a shot, or a new shot." }),
});

export const takeShotSchema = takeId;

/** A remix joins its source take's shot by naming it; without it the new take starts a shot of its own. */
export const joinShotSchema = z.object({ shot_id: shotId.optional() });
