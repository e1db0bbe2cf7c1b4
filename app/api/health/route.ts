import { sql } from "drizzle-orm";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and tests: the database answers and the worker runs. */
export async function GET() {
  try {
    const runtime = await getRuntime();
    const started = performance.now();
    await runtime.database.db.execute(sql`select 1`);
    return Response.json({
      ok: true,
      database: { kind: runtime.database.kind, ok: true, latencyMs: Math.round(performance.now() - started) },
      worker: { inFlight: runtime.worker.inFlight },
      kling: runtime.sandbox ? "built-in sandbox" : "configured service",
    });
  } catch (error) {
    console.error("[health]", error);
    return Response.json({ ok: false, error: "The database is not reachable." }, { status: 503 });
  }
}
