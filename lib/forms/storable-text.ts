/**
 * Text the database can keep. Postgres refuses a NUL in a text column, and half of a UTF-16 character
 * pair (a lone surrogate) cannot be written as JSON, which activity entries are. Such characters never
 * come from typing; they are refused with a message rather than stripped. Browser-safe.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `value` for storage, named for a message ("the NUL character"), or null when it is fine. */
export function unstorableCharacter(value: string): "the NUL character" | "the broken character" | null {
  if (value.includes("\u0000")) return "the NUL character";
  if (LONE_SURROGATE.test(value)) return "the broken character";
  return null;
}
