/**
 * Signing a benchmark client in over HTTP, as a browser does: Better Auth's email sign-in with the
 * studio's own Origin. Returns the Cookie header value to send with every request afterwards. Better
 * Auth throttles sign-ins per client address; a 429 is waited out (it says how long) and retried.
 */
export async function signInForBench(url: string, account: { email: string; password: string }): Promise<string> {
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
