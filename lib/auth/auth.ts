/**
 * The Better Auth instance: email + password accounts, sessions in our database (Drizzle adapter),
 * passwords hashed by the library. Public sign-up is off: accounts are made only by the first-run
 * setup, invite links and `npm run user:create` (lib/auth/accounts.ts), which decide the role.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import * as authSchema from "@/lib/db/auth-schema";
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "./account.schema";
import { ROLES } from "./permissions";

const DAY_SECONDS = 24 * 60 * 60;

export function createStudioAuth(options: { db: Db; env: Pick<Env, "PORT" | "STUDIO_PUBLIC_URL">; secret: string }) {
  const { env } = options;
  return betterAuth({
    appName: "Kling Studio",
    baseURL: authBaseUrl(env),
    secret: options.secret,
    trustedOrigins: trustedOrigins(env),
    database: drizzleAdapter(options.db, { provider: "pg", schema: authSchema, usePlural: true, transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    user: {
      additionalFields: {
        // Never taken from a request (`input: false`): only the studio's own code sets them.
        role: { type: [...ROLES], required: true, defaultValue: "creator", input: false },
        isOwner: { type: "boolean", required: true, defaultValue: false, input: false },
      },
    },
    session: { expiresIn: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    telemetry: { enabled: false },
    // nextCookies must stay last: it copies the cookies set by server actions' sign-in and sign-out.
    plugins: [nextCookies()],
  });
}

export type StudioAuth = ReturnType<typeof createStudioAuth>;

/** Where the studio is reached: STUDIO_PUBLIC_URL when set, else this machine on PORT. */
function authBaseUrl(env: Pick<Env, "PORT" | "STUDIO_PUBLIC_URL">): string {
  return env.STUDIO_PUBLIC_URL ? new URL(env.STUDIO_PUBLIC_URL).origin : `http://localhost:${env.PORT}`;
}

/** Both loopback names on PORT (tests and scripts use 127.0.0.1), and the public URL when set. */
function trustedOrigins(env: Pick<Env, "PORT" | "STUDIO_PUBLIC_URL">): string[] {
  const origins = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  if (env.STUDIO_PUBLIC_URL) origins.push(new URL(env.STUDIO_PUBLIC_URL).origin);
  return origins;
}
