/** This month's spending for the Team page: the team's total, the cap, and each member's share. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { getSettings, sumUnitsByCreator } from "@/lib/db/queries/spending";
import { listUsers } from "@/lib/db/queries/users";
import { unitsToUsd } from "@/lib/kling/pricing";
import { type MonthWindow, monthWindow } from "./month";

type MemberSpending = {
  /** The creator recorded on the takes: a user id, or an older label such as "studio". */
  createdBy: string;
  /** The member's name, or undefined when no current member matches (removed, or made before accounts). */
  name?: string;
  units: number;
  usd: number;
};

export type SpendingSummary = {
  month: MonthWindow;
  capUnits: number | null;
  teamUnits: number;
  teamUsd: number;
  /** Units left under the cap (never below 0), or null with no cap. */
  remainingUnits: number | null;
  /** Every current member (0 when they spent nothing), then other creators, most spent first. */
  members: MemberSpending[];
};

export async function getSpendingSummary(db: Db, options: { now: Date }): Promise<SpendingSummary> {
  const month = monthWindow(options.now);
  const [byCreator, users, settings] = await Promise.all([
    sumUnitsByCreator(db, month),
    listUsers(db),
    getSettings(db),
  ]);
  const spent = new Map(byCreator.map((row) => [row.createdBy, row.units]));
  const members: MemberSpending[] = users.map((user) => row(user.id, spent.get(user.id) ?? 0, user.name));
  const known = new Set(users.map((user) => user.id));
  const others = byCreator
    .filter((entry) => !known.has(entry.createdBy))
    .map((entry) => row(entry.createdBy, entry.units));
  const teamUnits = byCreator.reduce((sum, entry) => sum + entry.units, 0);
  const capUnits = settings?.monthlyCapUnits ?? null;
  return {
    month,
    capUnits,
    teamUnits,
    teamUsd: unitsToUsd(teamUnits),
    remainingUnits: capUnits === null ? null : Math.max(0, capUnits - teamUnits),
    members: [...members.sort((a, b) => b.units - a.units), ...others.sort((a, b) => b.units - a.units)],
  };
}

function row(createdBy: string, units: number, name?: string): MemberSpending {
  return { createdBy, name, units, usd: unitsToUsd(units) };
}
