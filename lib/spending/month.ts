/** The spending month: a calendar month in UTC, so every process and every member agree on it. */
export type MonthWindow = { from: Date; to: Date };

export function monthWindow(now: Date): MonthWindow {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { from, to };
}

export function monthLabel(window: MonthWindow): string {
  return window.from.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}
