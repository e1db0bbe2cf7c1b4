/**
 * Signing the benchmarks in. The gallery, take pages, the takes API and /media need a session;
 * each benchmark makes an admin account in its own database before the studio opens it (PGlite allows
 * one process), then signs in over HTTP as a person would and sends the session cookie on every request.
 * Before sign-in is enforced the cookie is simply not needed, so the benchmarks work either way.
 */
import type { BrowserContext } from "@playwright/test";
import { createAccountFromCommand } from "@/lib/auth/accounts";
import type { Db } from "@/lib/db/client";

export type BenchAccount = { name: string; email: string; password: string };

const BENCH_ACCOUNT: BenchAccount = {
  name: "Bench Admin",
  email: "bench-admin@studio.test",
  password: "bench-password-for-loopback-only",
};

/** The account, as `npm run user:create -- --role admin` would make it (the first one is the owner). */
export async function createBenchAccount(db: Db, account: BenchAccount = BENCH_ACCOUNT): Promise<void> {
  await createAccountFromCommand(db, { ...account, role: "admin" });
}

/**
 * Signs in with Better Auth's email endpoint, with the studio's own Origin, as a browser does; returns
 * the `Cookie` header value to send from then on. Better Auth throttles sign-ins per client address: a
 * 429 is waited out (it says how long) and retried.
 */
export async function signInForBench(
  url: string,
  account: Pick<BenchAccount, "email" | "password"> = BENCH_ACCOUNT,
): Promise<string> {
  const origin = new URL(url).origin;
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ email: account.email, password: account.password }),
      redirect: "manual",
    });
    if (response.status === 429) {
      const seconds = Number(response.headers.get("x-retry-after") ?? response.headers.get("retry-after") ?? 1);
      await response.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, seconds) * 1000));
      continue;
    }
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .filter((pair) => pair.includes("=") && !pair.endsWith("="))
      .join("; ");
    await response.body?.cancel();
    if (!response.ok || !cookie) throw new Error(`signing in ${account.email} failed: HTTP ${response.status}`);
    return cookie;
  }
  throw new Error(`signing in ${account.email} was throttled too long`);
}

/** The same session for a Playwright browser context (its tabs then send it like a signed-in person). */
export async function addSessionToContext(context: BrowserContext, url: string, cookie: string): Promise<void> {
  const origin = new URL(url).origin;
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
    }),
  );
}
