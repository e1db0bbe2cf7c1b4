import { z } from "zod";
import { roleSchema } from "@/lib/auth/account.schema";
import { INVITE_EXPIRY_DAYS } from "@/lib/auth/invite-expiry";

// A NUL cannot reach a Postgres text comparison: such an id is refused like any malformed one.
const id = z
  .string()
  .min(1, "Missing id.")
  .max(100)
  .refine((value) => !value.includes("\u0000"), "That is not a valid id.");

export const changeRoleSchema = z.object({ userId: id, role: roleSchema });

export const removeMemberSchema = z.object({ userId: id });

export const createInviteSchema = z.object({
  role: roleSchema,
  expiresInDays: z.coerce
    .number()
    .refine((days) => INVITE_EXPIRY_DAYS.some((choice) => choice === days), "Choose 1, 7 or 30 days."),
});

export const revokeInviteSchema = z.object({ inviteId: id });

const MAX_CAP_UNITS = 1_000_000;

/** An empty field removes the cap. */
export const spendingCapSchema = z.object({
  capUnits: z
    .union([z.literal("").transform(() => null), z.null(), z.coerce.number({ error: "Enter a number of units." })])
    .pipe(
      z
        .number({ error: "Enter a number of units." })
        .min(0, "The cap cannot be negative.")
        .max(MAX_CAP_UNITS, `Keep the cap under ${MAX_CAP_UNITS.toLocaleString("en-US")} units.`)
        .nullable(),
    ),
});
