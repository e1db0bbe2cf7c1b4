/**
 * What /api/health reports: each dependency's reachability and the worker's lag. Kling is asked at
 * most every 30 s (a list query uses no concurrency slot), so frequent health checks cost nothing.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { oldestDueAt } from "@/lib/db/queries/worker";
import type { Runtime } from "@/lib/runtime";

export type HealthReport = {
  ok: boolean;
  database: { ok: boolean; kind: string; latencyMs?: number; error?: string };
  storage: { ok: boolean; kind: string; error?: string };
  kling: { ok: boolean; target: string; checkedAt: string; error?: string };
  worker: { inFlight: number; lagMs: number | null };
};

const UPSTREAM_CHECK_MS = 30_000;
const state = globalThis as typeof globalThis & { __studioUpstreamHealth?: HealthReport["kling"] };

export async function checkHealth(runtime: Runtime): Promise<HealthReport> {
  const [database, storage, kling] = await Promise.all([
    probe(async () => {
      const started = performance.now();
      await runtime.database.db.execute(sql`select 1`);
      return { latencyMs: Math.round(performance.now() - started) };
    }),
    probe(() => runtime.storage.stat("videos/health-check.mp4")),
    upstream(runtime),
  ]);
  const now = new Date();
  const oldest = database.ok ? await oldestDueAt(runtime.database.db, now).catch(() => null) : null;
  return {
    ok: database.ok && storage.ok,
    database: {
      ok: database.ok,
      kind: runtime.database.kind,
      latencyMs: database.value?.latencyMs,
      error: database.error,
    },
    storage: { ok: storage.ok, kind: runtime.storage.kind, error: storage.error },
    kling,
    worker: { inFlight: runtime.worker.inFlight, lagMs: oldest ? Math.max(0, now.getTime() - oldest.getTime()) : null },
  };
}

async function upstream(runtime: Runtime): Promise<HealthReport["kling"]> {
  const cached = state.__studioUpstreamHealth;
  if (cached && Date.now() - Date.parse(cached.checkedAt) < UPSTREAM_CHECK_MS) return cached;
  const result = await probe(() => runtime.kling.listTasks({ pageNum: 1, pageSize: 1 }));
  const report = {
    ok: result.ok,
    target: runtime.sandbox ? "built-in sandbox" : "configured Kling service",
    checkedAt: new Date().toISOString(),
    error: result.error,
  };
  state.__studioUpstreamHealth = report;
  return report;
}

async function probe<T>(check: () => Promise<T>): Promise<{ ok: boolean; value?: T; error?: string }> {
  try {
    return { ok: true, value: await check() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
