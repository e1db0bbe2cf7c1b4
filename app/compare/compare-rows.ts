/** The settings table of the compare page: one row per setting, one cell per take, and whether they differ. */
import { measuredMoveText } from "@/lib/camera-check/measured-text";
import { completeConfig } from "@/lib/kling/camera-control";
import { CAMERA_AXES } from "@/lib/kling/fields";
import { CAMERA_FILTER_LABELS, modelLabel } from "@/lib/takes/describe";
import type { TakeView } from "@/lib/takes/view";

export type CompareRow = { label: string; values: string[]; differs: boolean };

export function compareRows(takes: TakeView[]): CompareRow[] {
  const rows: [string, (take: TakeView) => string][] = [
    ["Model", (take) => modelLabel(take.params.model_name)],
    ["Mode", (take) => (take.params.mode === "pro" ? "Professional" : "Standard")],
    ["Prompt", (take) => take.params.prompt],
    ["Negative prompt", (take) => take.params.negative_prompt || "None"],
    ["CFG scale", (take) => String(take.params.cfg_scale)],
    ["Aspect ratio", (take) => take.params.aspect_ratio],
    ["Duration", (take) => `${take.params.duration} s`],
    [
      "Camera type",
      (take) =>
        CAMERA_FILTER_LABELS[take.params.camera_intent?.type ?? "none"] ?? take.params.camera_intent?.type ?? "none",
    ],
    ...CAMERA_AXES.map((axis): [string, (take: TakeView) => string] => [
      `Camera ${axis}`,
      (take) => {
        const camera = take.params.camera_intent;
        // Only a simple move has axis values; presets and the model's choice have none to compare.
        if (camera?.type !== "simple") return "—";
        const value = completeConfig(camera.config)[axis];
        return value > 0 ? `+${value}` : String(value);
      },
    ]),
    ["Measured move", measuredMove],
  ];
  return rows.map(([label, read]) => {
    const values = takes.map(read);
    return { label, values, differs: new Set(values).size > 1 };
  });
}

/** "pan right · Followed"; a take with no intended move has no verdict to compare. */
function measuredMove(take: TakeView): string {
  if (take.cameraCheck) return measuredMoveText(take.cameraCheck);
  return take.params.camera_intent ? "Not measured yet" : "Nothing asked";
}
