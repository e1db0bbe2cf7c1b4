import "server-only";
import { EnvError, klingTarget } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";

/** Opens everything and starts the worker; a configuration or database problem stops the server with a clear message. */
export async function startStudio(): Promise<void> {
  try {
    const runtime = await getRuntime();
    runtime.worker.start();
    const target = runtime.sandbox ? "built-in sandbox at /sandbox" : klingTarget(runtime.env).baseUrl;
    console.info(`[studio] database: ${runtime.database.kind}; Kling: ${target}; worker started`);
    const shutdown = () => {
      void runtime.worker.stop().finally(() => runtime.database.close().finally(() => process.exit(0)));
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    if (error instanceof EnvError || isAppError(error)) {
      console.error(`\n[studio] cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
