import { z } from "zod";
import { deniedMessage } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/permissions";
import { requireUserForPage } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { listUnavailableModels } from "@/lib/db/queries/model-availability";
import { getVisibleShot } from "@/lib/db/queries/shots";
import { getTake, listTakes } from "@/lib/db/queries/takes";
import { getRuntime } from "@/lib/runtime";
import { remixSettingsOf } from "@/lib/takes/remix-settings";
import { settingsOf } from "@/lib/takes/take-settings";
import { toTakeView } from "@/lib/takes/to-view";
import { describeRemixMove } from "./capability-rules";
import type { UnavailableModel } from "./model-options";
import { JoinShotProvider, type RemixShot } from "./remix-shot";
import { type RemixState, Studio } from "./studio";
import { toStudioValues } from "./studio-form-schema";

export const dynamic = "force-dynamic";

const takeIdSchema = z.uuid();

export default async function StudioPage(props: { searchParams: Promise<{ remix?: string | string[] }> }) {
  const { remix } = await props.searchParams;
  const user = await requireUserForPage("view", { next: "/" });
  const runtime = await getRuntime();
  const db = runtime.database.db;
  const today = new Date().toISOString().slice(0, 10);
  const [{ items }, remixState, unavailable] = await Promise.all([
    listTakes(db, { limit: 6 }),
    loadRemix(db, remix, today),
    listUnavailableModels(db),
  ]);
  return (
    <JoinShotProvider shot={remixState?.shot ?? null}>
      <Studio
        recent={items.map(toTakeView)}
        remix={remixState}
        cannotGenerate={can(user.role, "generate") ? null : deniedMessage(user.role, "generate")}
        callbacks={Boolean(runtime.env.STUDIO_PUBLIC_URL)}
        unavailableModels={unavailable.map(
          (mark): UnavailableModel => ({
            model: mark.modelName,
            since: mark.unavailableSince.toISOString().slice(0, 10),
            message: mark.message,
          }),
        )}
        today={today}
        canCheckAgain={can(user.role, "manage_settings")}
      />
    </JoinShotProvider>
  );
}

/** `/?remix=<take id>`: the take's settings to start from, or a notice saying why there are none. */
async function loadRemix(
  db: Db,
  raw: string | string[] | undefined,
  today: string,
): Promise<(RemixState & { shot?: RemixShot }) | null> {
  if (raw === undefined) return null;
  const id = Array.isArray(raw) ? raw[0] : raw;
  if (!takeIdSchema.safeParse(id).success) {
    return {
      kind: "missing",
      message: "That remix link does not name a take, so the form below starts from your draft.",
    };
  }
  const row = await getTake(db, id);
  if (!row || row.deletedAt) {
    return {
      kind: "missing",
      message: "The take to remix was not found (it may have been deleted), so the form below starts from your draft.",
    };
  }
  // A retired model's take remixes on its successor; the notice says which and why.
  const { params, moved } = remixSettingsOf(settingsOf(row), today);
  const shot = await getVisibleShot(db, row.shotId);
  return {
    kind: "found",
    id: row.id,
    prompt: row.prompt,
    values: toStudioValues(params),
    modelNotice: moved ? describeRemixMove(moved) : null,
    shot: { id: row.shotId, name: shot?.name ?? "this take's shot" },
  };
}
