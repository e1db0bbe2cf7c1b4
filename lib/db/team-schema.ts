/** The team around the accounts: invite links and the studio-wide settings (the monthly spending cap). */
import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Role } from "@/lib/auth/permissions";
import { users } from "./auth-schema";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const invites = pgTable(
  "invites",
  {
    id: text("id").primaryKey(),
    /** SHA-256 of the token in the link; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    role: text("role").$type<Role>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    acceptedAt: ts("accepted_at"),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: ts("revoked_at"),
  },
  (table) => [
    index("invites_pending_idx")
      .on(table.expiresAt)
      .where(sql`${table.acceptedAt} is null and ${table.revokedAt} is null`),
  ],
);

/**
 * One row (id = 1). Submissions lock it while they check the cap and insert their take, so two
 * submissions cannot both spend the team's last units.
 */
export const studioSettings = pgTable(
  "studio_settings",
  {
    id: integer("id").primaryKey().default(1),
    /** Units a calendar month (UTC) may spend; null means no cap. */
    monthlyCapUnits: doublePrecision("monthly_cap_units"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    check("studio_settings_single_row", sql`${table.id} = 1`),
    check("studio_settings_cap_not_negative", sql`${table.monthlyCapUnits} is null or ${table.monthlyCapUnits} >= 0`),
  ],
);

export type Invite = typeof invites.$inferSelect;
export type StudioSettings = typeof studioSettings.$inferSelect;
