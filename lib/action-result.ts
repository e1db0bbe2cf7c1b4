/** What a server action returns: data, or a message (and field errors) a person can act on. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
