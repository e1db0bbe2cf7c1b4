import "server-only";
import { EnvError, klingTarget } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";

const RETRY_MS = 5_000;

/**
 * Opens everything and starts the worker. A configuration problem (or a PGlite folder held by another
 * process) stops the server with a clear message; a database that is down is retried until it is back,
 * while pages answer with a clear error meanwhile.
 */
export async function startStudio(): Promise<void> {
  try {
    const runtime = await getRuntime();
    runtime.worker.start();
    runtime.cameraChecker.start();
    const target = runtime.sandbox ? "built-in sandbox at /sandbox" : klingTarget(runtime.env).baseUrl;
    console.info(
      `[studio] database: ${runtime.database.kind}; storage: ${runtime.storage.kind}; Kling: ${target}; worker and camera checker started`,
    );
    const shutdown = () => {
      void Promise.allSettled([runtime.worker.stop(), runtime.cameraChecker.stop()]).finally(() =>
        runtime.database.close().finally(() => process.exit(0)),
      );
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    if (error instanceof EnvError || isAppError(error)) {
      console.error(`\n[studio] cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    console.error(
      `[studio] could not open the database (${error instanceof Error ? error.message : String(error)}); retrying in ${RETRY_MS / 1000} s`,
    );
    setTimeout(() => void startStudio(), RETRY_MS).unref();
  }
}
