/**
 * The studio's configuration: the one place that reads process.env. Every value is validated; a bad
 * one stops start-up with a message that names the variable and says what to change.
 */
import "server-only";
import path from "node:path";
import { z } from "zod";

const httpUrl = z
  .url({ error: "must be an http(s) URL, e.g. https://api-singapore.klingai.com" })
  .refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const milliseconds = (fallback: number) =>
  z.coerce.number({ error: "must be a number of milliseconds" }).int().min(0).max(86_400_000).default(fallback);

const envSchema = z
  .object({
    KLING_API_BASE_URL: optionalText.pipe(httpUrl.optional()),
    KLING_ACCESS_KEY: optionalText,
    KLING_SECRET_KEY: optionalText,
    KLING_API_KEY: optionalText,
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
        .optional(),
    ),
    STUDIO_DATA_DIR: optionalText,
    STUDIO_PUBLIC_URL: optionalText.pipe(httpUrl.optional()),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65_535).default(3000),
    /** How many tasks the studio keeps running upstream at once; the rest wait in our queue. */
    KLING_MAX_CONCURRENT_TASKS: z.coerce.number().int().min(1).max(100).default(5),
    /** Give up on a task that has not finished this long after it was submitted. */
    KLING_TASK_DEADLINE_MS: milliseconds(90 * 60_000),
    KLING_REQUEST_TIMEOUT_MS: milliseconds(30_000),
    SANDBOX_SUBMITTED_MS: milliseconds(1000),
    SANDBOX_PROCESSING_MS: milliseconds(3000),
    STUDIO_WORKER_TICK_MS: milliseconds(1000),
    /** Where videos and posters live: `local` (the data folder) or `s3` (an S3-compatible bucket). */
    STUDIO_STORAGE: z.enum(["local", "s3"], { error: "must be local or s3" }).default("local"),
    S3_BUCKET: optionalText,
    S3_REGION: optionalText.pipe(z.string().default("us-east-1")),
    S3_ENDPOINT: optionalText.pipe(httpUrl.optional()),
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_PREFIX: optionalText,
    /**
     * Signs session cookies. Unset: a random one is generated once and kept in the data folder
     * (lib/auth/secret.ts); processes that share a database must all be given the same one.
     */
    BETTER_AUTH_SECRET: optionalText.pipe(
      z.string().min(32, "must be at least 32 characters; generate one with `openssl rand -base64 32`").optional(),
    ),
    /**
     * Per member: at most this many new takes in any 60 s (a batch counts each of its takes), checked
     * in the database, so it holds across processes. 0 turns the limit off.
     */
    STUDIO_TAKES_PER_MINUTE: z.coerce.number({ error: "must be a whole number" }).int().min(0).max(100_000).default(60),
    /**
     * Per member and per process: the APIs and media (route handlers behind sign-in) refill this many
     * requests a second, up to STUDIO_API_BURST saved up. 0 turns the limit off.
     */
    STUDIO_API_REQUESTS_PER_SECOND: z.coerce.number({ error: "must be a number" }).min(0).max(1_000_000).default(50),
    STUDIO_API_BURST: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(1_000_000).default(600),
    /** How long a worker owns a take it claimed; renewed while it works, so only a dead worker's lease runs out. */
    STUDIO_WORKER_LEASE_MS: milliseconds(60_000).pipe(z.number().min(1000, "must be at least 1000 ms")),
    /**
     * The pause after measuring the camera move of a video made before this process started (the
     * backfill), so older takes are measured in the background without crowding the machine. New takes
     * are measured at once.
     */
    STUDIO_CAMERA_BACKFILL_PAUSE_MS: milliseconds(2_000),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.KLING_ACCESS_KEY) !== Boolean(env.KLING_SECRET_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.KLING_ACCESS_KEY ? "KLING_SECRET_KEY" : "KLING_ACCESS_KEY"],
        message: "set both KLING_ACCESS_KEY and KLING_SECRET_KEY (official keys), or neither",
      });
    }
    if (env.STUDIO_STORAGE === "s3" && !env.S3_BUCKET) {
      ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when STUDIO_STORAGE=s3" });
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_SECRET_ACCESS_KEY"],
        message: "set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the default AWS credentials)",
      });
    }
    if (env.KLING_API_KEY && env.KLING_ACCESS_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["KLING_API_KEY"],
        message: "set either KLING_API_KEY (relay) or KLING_ACCESS_KEY + KLING_SECRET_KEY (official), not both",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export type LogFormat = "json" | "text";

/**
 * How lib/log.ts writes: JSON lines in production or with LOG_FORMAT=json, text for a person otherwise
 * (LOG_FORMAT=text forces it). Read apart from getEnv, so that a configuration error can itself be logged.
 */
export function logFormat(source: Record<string, string | undefined> = process.env): LogFormat {
  if (source.LOG_FORMAT === "json" || source.LOG_FORMAT === "text") return source.LOG_FORMAT;
  return source.NODE_ENV === "production" ? "json" : "text";
}

export const GLOBAL_KLING_BASE_URL = "https://api-singapore.klingai.com";

type KlingAuthConfig = { kind: "jwt"; accessKey: string; secretKey: string } | { kind: "api_key"; apiKey: string };

export type KlingTarget = {
  /** The built-in sandbox is served by the studio itself under /sandbox. */
  useBuiltInSandbox: boolean;
  baseUrl: string;
  auth: KlingAuthConfig | undefined;
};

/** Which Kling service the studio talks to, derived from the env (see README's configuration table). */
export function klingTarget(env: Env = getEnv()): KlingTarget {
  const auth: KlingAuthConfig | undefined = env.KLING_API_KEY
    ? { kind: "api_key", apiKey: env.KLING_API_KEY }
    : env.KLING_ACCESS_KEY && env.KLING_SECRET_KEY
      ? { kind: "jwt", accessKey: env.KLING_ACCESS_KEY, secretKey: env.KLING_SECRET_KEY }
      : undefined;
  if (env.KLING_API_BASE_URL) return { useBuiltInSandbox: false, baseUrl: env.KLING_API_BASE_URL, auth };
  if (auth) return { useBuiltInSandbox: false, baseUrl: GLOBAL_KLING_BASE_URL, auth };
  return { useBuiltInSandbox: true, baseUrl: `http://127.0.0.1:${env.PORT}/sandbox`, auth: undefined };
}

export function dataDir(env: Env = getEnv()): string {
  return path.resolve(/*turbopackIgnore: true*/ env.STUDIO_DATA_DIR ?? "data");
}

/** Where Kling may POST status changes, or undefined when the studio is not reachable from outside. */
export function callbackUrl(env: Env = getEnv()): string | undefined {
  return env.STUDIO_PUBLIC_URL ? new URL("/api/kling/callback", env.STUDIO_PUBLIC_URL).toString() : undefined;
}
