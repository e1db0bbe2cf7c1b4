/**
 * The take worker on its own, without the web server: `npm run worker`. Several of these (and studio
 * servers) can share one Postgres database; each take is leased to one of them at a time.
 * `--exit-when-idle` stops once no take is left unfinished (for batch runs and tests).
 */
import { countUnfinishedTakes } from "@/lib/db/queries/worker";
import { log } from "@/lib/log";
import { getRuntime } from "@/lib/runtime";

async function main() {
  const exitWhenIdle = process.argv.includes("--exit-when-idle");
  const runtime = await getRuntime();
  runtime.worker.start();
  runtime.cameraChecker.start();
  log.info("worker started", { pid: process.pid, database: runtime.database.kind });

  const shutdown = async (code: number) => {
    await Promise.allSettled([runtime.worker.stop(), runtime.cameraChecker.stop()]);
    await runtime.database.close();
    process.exit(code);
  };
  process.once("SIGTERM", () => void shutdown(0));
  process.once("SIGINT", () => void shutdown(0));

  if (exitWhenIdle) {
    const timer = setInterval(async () => {
      if (runtime.worker.inFlight > 0) return;
      if ((await countUnfinishedTakes(runtime.database.db)) === 0) {
        clearInterval(timer);
        log.info("worker stops: nothing left to do");
        await shutdown(0);
      }
    }, 250);
  }
}

main().catch((error) => {
  log.error("worker cannot start", { error });
  process.exit(1);
});
