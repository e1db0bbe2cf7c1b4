/** Units as people read them: at most two decimals, no trailing zeros ("3.5 units", "1 unit"). */
export function formatUnits(units: number): string {
  const rounded = Math.round(units * 100) / 100;
  return `${rounded} unit${rounded === 1 ? "" : "s"}`;
}

export function formatUnitNumber(units: number): string {
  return String(Math.round(units * 100) / 100);
}
