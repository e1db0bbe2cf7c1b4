/**
 * The monthly spending cap. A submission is checked before anything is sent to Kling; the check locks
 * the settings row, so when it runs in the same transaction as the take's insert (lib/worker/create.ts),
 * two submissions racing for the last units are serialized and only one of them passes.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { lockSettings, sumTeamUnits } from "@/lib/db/queries/spending";
import { AppError } from "@/lib/errors";
import { formatUnitNumber, formatUnits } from "./format";
import { monthWindow } from "./month";

/**
 * Refuses a take that would take the team past its cap. Call it inside the transaction that inserts
 * the take: the lock it takes is held until that transaction commits.
 */
export async function assertWithinSpendingCap(db: Db, options: { units: number; now?: Date }): Promise<void> {
  await assertUnits(db, { units: options.units, takes: 1, now: options.now ?? new Date() });
}

/**
 * Refuses a whole batch up front when its total would pass the cap, so a batch is not half stored
 * before the cap stops it. Each take is still checked (and locked) on its own as it is inserted.
 */
export async function assertBatchWithinSpendingCap(
  db: Db,
  options: { units: readonly number[]; now?: Date },
): Promise<void> {
  const total = options.units.reduce((sum, units) => sum + units, 0);
  await assertUnits(db, { units: total, takes: options.units.length, now: options.now ?? new Date() });
}

async function assertUnits(db: Db, options: { units: number; takes: number; now: Date }): Promise<void> {
  const settings = await lockSettings(db);
  const cap = settings.monthlyCapUnits;
  if (cap === null) return;
  const spent = await sumTeamUnits(db, monthWindow(options.now));
  // Units are decimals (3.5); compare in hundredths so float noise cannot refuse an exact fit.
  if (Math.round((spent + options.units) * 100) <= Math.round(cap * 100)) return;
  const left = Math.max(0, cap - spent);
  const what = options.takes === 1 ? "This take" : `This batch of ${options.takes} takes`;
  throw new AppError(
    "forbidden:spending_cap",
    `${what} would use ${formatUnits(options.units)}; the team has ${formatUnitNumber(left)} left of its ` +
      `${formatUnitNumber(cap)}-unit monthly cap. An admin can raise the cap on the Team page.`,
  );
}
