import { checkHealth } from "@/lib/health/check";
import { log } from "@/lib/log";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

/** For load balancers and operators: 200 while the database and storage answer, else 503, with details. */
export async function GET() {
  try {
    const report = await checkHealth(await getRuntime());
    return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log.error("health check failed", { error });
    return Response.json(
      { ok: false, error: "The studio could not open its database. Check DATABASE_URL or the data folder." },
      { status: 503 },
    );
  }
}
