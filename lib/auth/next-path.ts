/** Where to go after signing in: only a path on this site, so a crafted link cannot send people elsewhere. */
export function safeNextPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  try {
    const base = "http://studio.invalid";
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Going back to the sign-in or setup pages after signing in would loop.
    if (/^\/(sign-in|setup)(\/|$|\?)/.test(path)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}

/** The sign-in page's address that comes back to `next` afterwards. */
export function signInPath(next?: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  const target = next === undefined ? undefined : safeNextPath(next, "");
  if (target && target !== "/") params.set("next", target);
  const query = params.toString();
  return query ? `/sign-in?${query}` : "/sign-in";
}
