/** Reading `?ids=a,b[,c,d]` for the compare page: 2 to 4 distinct take ids, or a message saying what is wrong. */
import { z } from "zod";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export function parseCompareIds(
  raw: string | string[] | undefined,
): { ok: true; ids: string[] } | { ok: false; message: string } {
  const text = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const ids = [
    ...new Set(
      text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0)
    return {
      ok: false,
      message: `No takes to compare. Select ${COMPARE_MIN} to ${COMPARE_MAX} ready takes in the gallery.`,
    };
  const invalid = ids.filter((id) => !z.uuid().safeParse(id).success);
  if (invalid.length > 0)
    return {
      ok: false,
      message: `The link holds ${invalid.length === 1 ? "an id that is" : "ids that are"} not take ids. Select the takes again in the gallery.`,
    };
  if (ids.length < COMPARE_MIN)
    return {
      ok: false,
      message: `Compare needs at least ${COMPARE_MIN} different takes; the link holds ${ids.length}.`,
    };
  if (ids.length > COMPARE_MAX)
    return { ok: false, message: `Compare shows at most ${COMPARE_MAX} takes at once; the link holds ${ids.length}.` };
  return { ok: true, ids };
}
