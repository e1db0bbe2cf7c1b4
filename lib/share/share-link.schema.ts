/** Inputs of the share-link actions, shared by the forms and the server. */
import { z } from "zod";
import { unstorableCharacter } from "@/lib/forms/storable-text";

export const SHARE_EXPIRY_CHOICES = [
  { value: "never", label: "Never", days: null },
  { value: "1", label: "1 day", days: 1 },
  { value: "7", label: "7 days", days: 7 },
  { value: "30", label: "30 days", days: 30 },
] as const;

const MAX_SHARED_TAKES = 24;
export const PASSPHRASE_MIN = 6;
export const PASSPHRASE_MAX = 128;

/** Optional: an empty field means no passphrase. Kept as typed (spaces count), so the viewer types the same. */
const newPassphrase = z
  .string("Enter the passphrase as text.")
  .max(PASSPHRASE_MAX, `Keep the passphrase to at most ${PASSPHRASE_MAX} characters.`)
  .refine(
    (value) => value === "" || value.length >= PASSPHRASE_MIN,
    `Use at least ${PASSPHRASE_MIN} characters for the passphrase, or leave it empty.`,
  )
  .refine((value) => value === "" || value.trim() !== "", "A passphrase of spaces only is too easy to guess.")
  .optional()
  .transform((value) => (value ? value : undefined));

/** A link holds chosen takes (`takeIds`) or a whole shot (`shotId`), never both. */
export const createShareLinkSchema = z
  .object({
    takeIds: z
      .array(z.uuid("That is not a take id."))
      .min(1, "Choose at least one take to share.")
      .max(MAX_SHARED_TAKES, `A link can hold at most ${MAX_SHARED_TAKES} takes.`)
      .refine((ids) => new Set(ids).size === ids.length, "A take is listed twice.")
      .optional(),
    shotId: z.uuid("That is not a shot id.").optional(),
    title: z
      .string()
      .trim()
      .max(120, "Keep the title under 120 characters.")
      .superRefine((value, ctx) => {
        const character = unstorableCharacter(value);
        if (character) ctx.addIssue({ code: "custom", message: `Remove ${character} from the title.` });
      })
      .default(""),
    expiry: z.enum(["never", "1", "7", "30"], "Choose when the link expires."),
    passphrase: newPassphrase,
    allowDownload: z.boolean("Choose whether viewers may download.").default(true),
  })
  .refine((input) => (input.takeIds === undefined) !== (input.shotId === undefined), {
    message: "Share either chosen takes or a whole shot.",
    path: ["takeIds"],
  });

export type CreateShareLinkInput = z.output<typeof createShareLinkSchema>;

export const revokeShareLinkSchema = z.object({ linkId: z.uuid("That is not a share link.") });

export const takeIdSchema = z.uuid("That is not a take id.");

/** A visitor's passphrase for a link; checked against the stored hash, never stored itself. */
export const unlockShareLinkSchema = z.object({
  token: z.string().max(200, "This link is not available."),
  passphrase: z
    .string("Enter the passphrase.")
    .min(1, "Enter the passphrase.")
    .max(PASSPHRASE_MAX, "That passphrase is not right."),
});

export function expiryDays(expiry: CreateShareLinkInput["expiry"]): number | null {
  return SHARE_EXPIRY_CHOICES.find((choice) => choice.value === expiry)?.days ?? null;
}
