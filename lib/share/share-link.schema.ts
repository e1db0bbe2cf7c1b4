/** Inputs of the share-link actions, shared by the forms and the server. */
import { z } from "zod";

export const SHARE_EXPIRY_CHOICES = [
  { value: "never", label: "Never", days: null },
  { value: "1", label: "1 day", days: 1 },
  { value: "7", label: "7 days", days: 7 },
  { value: "30", label: "30 days", days: 30 },
] as const;

const MAX_SHARED_TAKES = 24;

export const createShareLinkSchema = z.object({
  takeIds: z
    .array(z.uuid("That is not a take id."))
    .min(1, "Choose at least one take to share.")
    .max(MAX_SHARED_TAKES, `A link can hold at most ${MAX_SHARED_TAKES} takes.`)
    .refine((ids) => new Set(ids).size === ids.length, "A take is listed twice."),
  title: z.string().trim().max(120, "Keep the title under 120 characters.").default(""),
  expiry: z.enum(["never", "1", "7", "30"], "Choose when the link expires."),
});

export const revokeShareLinkSchema = z.object({ linkId: z.uuid("That is not a share link.") });

export const takeIdSchema = z.uuid("That is not a take id.");

export function expiryDays(expiry: z.output<typeof createShareLinkSchema>["expiry"]): number | null {
  return SHARE_EXPIRY_CHOICES.find((choice) => choice.value === expiry)?.days ?? null;
}
