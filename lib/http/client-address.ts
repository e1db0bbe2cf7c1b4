/**
 * The client's address as a request states it, for counting failed tries per visitor. Next.js fills
 * x-forwarded-for from the socket when a request has none, and a proxy in front adds the client's; the
 * first hop is the client as far as anyone can tell. It can be forged, so no limit relies on it alone.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return address.slice(0, 100);
}
