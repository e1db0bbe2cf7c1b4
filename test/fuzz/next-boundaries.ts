/**
 * Stand-ins for the three Next.js modules a server action or route handler reaches outside the request
 * it is given: `next/headers` (the request's headers and cookies, set per call with `asRequest`),
 * `next/cache` (revalidation is a no-op here), and `next/navigation` (redirect and notFound throw as
 * Next's do, with the same `digest`, and unstable_rethrow lets exactly those through, so code that lets
 * them through behaves as in the server).
 * Test files wire them with vi.mock; nothing else of the studio is replaced.
 */
let current = new Headers();

/** Runs `work` as if it were a request carrying `headers` (a Cookie header signs it in). */
export async function asRequest<T>(headers: Headers, work: () => Promise<T>): Promise<T> {
  const previous = current;
  current = headers;
  try {
    return await work();
  } finally {
    current = previous;
  }
}

function cookieStore() {
  const parse = () =>
    (current.get("cookie") ?? "")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf("=");
        return { name: part.slice(0, at), value: part.slice(at + 1) };
      });
  return {
    get: (name: string) => parse().find((cookie) => cookie.name === name),
    getAll: () => parse(),
    has: (name: string) => parse().some((cookie) => cookie.name === name),
    // Cookies an action sets (sign-in, sign-out) go to the browser in Next; here they are dropped.
    set: () => undefined,
    delete: () => undefined,
  };
}

export const nextHeaders = {
  headers: async () => new Headers(current),
  cookies: async () => cookieStore(),
};

export const nextCache = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

/** Next marks its control-flow errors with a digest; the fuzzers treat those as answers, not failures. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

class NextControlFlow extends Error {
  constructor(readonly digest: string) {
    super(digest);
  }
}

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new NextControlFlow(`NEXT_REDIRECT;replace;${url};307;`);
  },
  permanentRedirect: (url: string): never => {
    throw new NextControlFlow(`NEXT_REDIRECT;replace;${url};308;`);
  },
  notFound: (): never => {
    throw new NextControlFlow("NEXT_HTTP_ERROR_FALLBACK;404");
  },
  unstable_rethrow: (error: unknown): void => {
    if (isNextControlFlow(error)) throw error;
  },
};
