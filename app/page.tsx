import { z } from "zod";
import { deniedMessage } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireUserForPage } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { getGeneration, listGenerations } from "@/lib/db/queries/generations";
import { settingsOf } from "@/lib/generations/take-settings";
import { toGenerationView } from "@/lib/generations/to-view";
import { getRuntime } from "@/lib/runtime";
import { toStudioValues } from "./_studio/studio-form-schema";
import { Studio, type RemixState } from "./studio";

export const dynamic = "force-dynamic";

const takeIdSchema = z.uuid();

export default async function StudioPage(props: { searchParams: Promise<{ remix?: string | string[] }> }) {
  const { remix } = await props.searchParams;
  const user = await requireUserForPage("view", { next: "/" });
  const runtime = await getRuntime();
  const db = runtime.database.db;
  const [{ items }, remixState] = await Promise.all([listGenerations(db, { limit: 6 }), loadRemix(db, remix)]);
  return <Studio
      recent={items.map(toGenerationView)}
      remix={remixState}
      cannotGenerate={can(user.role, "generate") ? null : deniedMessage(user.role, "generate")}
    />;
}

/** `/?remix=<take id>`: the take's settings to start from, or a notice saying why there are none. */
async function loadRemix(db: Db, raw: string | string[] | undefined): Promise<RemixState | null> {
  if (raw === undefined) return null;
  const id = Array.isArray(raw) ? raw[0] : raw;
  if (!takeIdSchema.safeParse(id).success) {
    return { kind: "missing", message: "That remix link does not name a take, so the form below starts from your draft." };
  }
  const row = await getGeneration(db, id);
  if (!row || row.deletedAt) {
    return { kind: "missing", message: "The take to remix was not found (it may have been deleted), so the form below starts from your draft." };
  }
  return { kind: "found", id: row.id, prompt: row.prompt, values: toStudioValues(settingsOf(row)) };
}
