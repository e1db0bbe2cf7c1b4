/**
 * What the team spent, and the settings row that caps it. A take costs its charged units once Kling
 * reports them, its estimate until then; a failed take costs nothing; a deleted take was still paid for.
 */
import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { takes } from "../schema";
import { type StudioSettings, studioSettings } from "../team-schema";

const SETTINGS_ID = 1;

const unitsOfTake = sql<number>`case when ${takes.status} = 'failed' then 0 else coalesce(${takes.unitsCharged}, ${takes.unitsEstimated}) end`;

export type MemberUnits = { createdBy: string; units: number };

/** Units spent by each creator on takes created in [from, to). */
export async function sumUnitsByCreator(db: Db, range: { from: Date; to: Date }): Promise<MemberUnits[]> {
  const rows = await db
    .select({ createdBy: takes.createdBy, units: sql<string>`coalesce(sum(${unitsOfTake}), 0)` })
    .from(takes)
    .where(and(gte(takes.createdAt, range.from), lt(takes.createdAt, range.to)))
    .groupBy(takes.createdBy);
  return rows.map((row) => ({ createdBy: row.createdBy, units: Number(row.units) }));
}

/** Units spent by the whole team on takes created in [from, to). */
export async function sumTeamUnits(db: Db, range: { from: Date; to: Date }): Promise<number> {
  const [row] = await db
    .select({ units: sql<string>`coalesce(sum(${unitsOfTake}), 0)` })
    .from(takes)
    .where(and(gte(takes.createdAt, range.from), lt(takes.createdAt, range.to)));
  return Number(row?.units ?? 0);
}

export async function getSettings(db: Db): Promise<StudioSettings | undefined> {
  const [row] = await db.select().from(studioSettings).where(eq(studioSettings.id, SETTINGS_ID)).limit(1);
  return row;
}

/**
 * Locks the settings row until the transaction ends (creating it first if needed). Every submission
 * takes this lock before checking the cap, so the check and the insert behave as one step.
 */
export async function lockSettings(db: Db): Promise<StudioSettings> {
  await db.insert(studioSettings).values({ id: SETTINGS_ID }).onConflictDoNothing();
  const [row] = await db.select().from(studioSettings).where(eq(studioSettings.id, SETTINGS_ID)).for("update");
  return row;
}

export async function updateSpendingCap(
  db: Db,
  values: { capUnits: number | null; updatedBy: string | null; now: Date },
): Promise<StudioSettings> {
  const [row] = await db
    .insert(studioSettings)
    .values({ id: SETTINGS_ID, monthlyCapUnits: values.capUnits, updatedBy: values.updatedBy, updatedAt: values.now })
    .onConflictDoUpdate({
      target: studioSettings.id,
      set: { monthlyCapUnits: values.capUnits, updatedBy: values.updatedBy, updatedAt: values.now },
    })
    .returning();
  return row;
}
