/** The value, or a failed test that says what was missing: for lookups a test expects to find something. */
export function required<T>(value: T | null | undefined, what = "a value"): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, found none`);
  return value;
}
