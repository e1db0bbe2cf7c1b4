/** A shot's page as the browser sees it: the shot, its visible takes, its planned moves and its spend. */
import "server-only";
import type { Db } from "@/lib/db/client";
import { getVisibleShot, listShotTakes } from "@/lib/db/queries/shots";
import { creatorLabel } from "@/lib/review/labels";
import { describeCameraMove } from "@/lib/takes/describe";
import { withEstimates } from "@/lib/takes/estimates";
import { toTakeView } from "@/lib/takes/to-view";
import type { ShotPageView } from "./shot-view";

/** Undefined when the shot is unknown, or hidden because every take of it is deleted. */
export async function loadShotPage(db: Db, id: string): Promise<ShotPageView | undefined> {
  const shot = await getVisibleShot(db, id);
  if (!shot) return undefined;
  const rows = await listShotTakes(db, shot.id);
  const views = await withEstimates(db, rows.map(toTakeView));
  return {
    id: shot.id,
    name: shot.name,
    createdAt: shot.createdAt.toISOString(),
    circle:
      // A deleted circled take keeps its circle (an undo brings both back) but is not shown.
      shot.circledTakeId && shot.circledAt && rows.some((row) => row.id === shot.circledTakeId)
        ? {
            takeId: shot.circledTakeId,
            byName: creatorLabel(shot.circledBy ?? "", shot.circledByName),
            at: shot.circledAt.toISOString(),
          }
        : null,
    takes: views.map((take, index) => ({ take, teamVerdict: rows[index]?.cameraVerdict ?? null })),
    plannedMoves: [...new Set(views.map((take) => describeCameraMove(take.params.camera_intent)))],
    spend: {
      units: views.reduce((sum, take) => sum + (take.unitsCharged ?? take.unitsEstimated), 0),
      estimated: views.some((take) => take.unitsCharged === null),
    },
  };
}
