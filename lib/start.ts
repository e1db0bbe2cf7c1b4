import "server-only";
import { EnvError, klingTarget } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
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
    log.info("studio started; worker and camera checker running", {
      database: runtime.database.kind,
      storage: runtime.storage.kind,
      kling: target,
    });
    const shutdown = () => {
      void Promise.allSettled([runtime.worker.stop(), runtime.cameraChecker.stop()]).finally(() =>
        runtime.database.close().finally(() => process.exit(0)),
      );
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    if (error instanceof EnvError || isAppError(error)) {
      log.error(`studio cannot start.\n${error.message}`);
      process.exit(1);
    }
    log.error("could not open the database; retrying", {
      retryInSeconds: RETRY_MS / 1000,
      reason: error instanceof Error ? error.message : String(error),
    });
    setTimeout(() => void startStudio(), RETRY_MS).unref();
  }
}
