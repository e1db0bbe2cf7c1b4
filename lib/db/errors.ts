/** Recognizes "the database cannot be reached right now", as opposed to a bug or bad input. */
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const code = "code" in current && typeof current.code === "string" ? current.code : undefined;
    if (code && (CONNECTION_CODES.has(code) || code.startsWith("08") || code === "57P01" || code === "57P03"))
      return true;
    const message = current instanceof Error ? current.message : "";
    if (
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    ) {
      return true;
    }
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The studio's database is not reachable right now. Your takes are safe; try again in a moment.";
