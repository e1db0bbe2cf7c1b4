/**
 * Measured camera moves for seeded takes, so the gallery's "Measured camera" filter, the cards' badges
 * and the take page have a mix to show before any video is measured: most moves followed, some partly,
 * some not, a few unclear, and every fifth take left unmeasured. Decided by the take's place in the seed,
 * not by its random stream, so seeding with measurements leaves every other column as it was.
 */

import { cameraPoseAt } from "@/lib/camera/pose";
import type { CameraCheckFigures, CameraCheckVerdict, MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import { measuredOfPose } from "@/lib/camera-check/measured-pose";
import type { NewTake } from "@/lib/db/schema";
import { type CameraControl, completeConfig } from "@/lib/kling/camera-control";
import { type AspectRatio, CAMERA_AXES } from "@/lib/kling/fields";

/** How each verdict's take moved, as a share of the move asked for, and how sure the measurement was. */
const OUTCOMES: Record<CameraCheckVerdict, { share: number; confidence: number }> = {
  followed: { share: 0.95, confidence: 0.93 },
  partly: { share: 0.4, confidence: 0.64 },
  not_followed: { share: 0, confidence: 0.81 },
  unclear: { share: 0.15, confidence: 0.34 },
};
/** Four in seven followed, then one each of the others. */
const VERDICT_CYCLE: CameraCheckVerdict[] = [
  "followed",
  "followed",
  "partly",
  "followed",
  "not_followed",
  "followed",
  "unclear",
];
const FRAME_SIZES: Record<AspectRatio, [number, number]> = {
  "16:9": [1280, 720],
  "9:16": [720, 1280],
  "1:1": [960, 960],
};
const FPS = 24;
const PATH_SAMPLES = 12;
const CHECK_DELAY_MS = 20_000;

/** The measurement columns of the seeded take at `index`; none for failed takes and every fifth ready one. */
export function seededCameraCheck(row: NewTake, index: number): Partial<NewTake> {
  if (row.status !== "ready" || index % 5 === 4) return {};
  const intent = row.cameraIntent ?? null;
  const verdict = intent ? VERDICT_CYCLE[index % VERDICT_CYCLE.length] : null;
  const outcome = verdict ? OUTCOMES[verdict] : { share: 0, confidence: 0.9 };
  const path = scaledPath(intent, outcome.share);
  const [width, height] = FRAME_SIZES[row.aspectRatio ?? "16:9"];
  const figures: CameraCheckFigures = {
    figures: endFigures(path),
    path,
    frames: Number(row.duration ?? "5") * FPS,
    fps: FPS,
    width,
    height,
    elapsedMs: 700 + (index % 9) * 60,
  };
  const finishedAt = row.finishedAt ?? new Date();
  return {
    cameraCheckMove: moveOf({ intent, verdict }),
    // A little spread, so confidences do not all read alike.
    cameraCheckConfidence: Math.round((outcome.confidence - (index % 4) * 0.02) * 100) / 100,
    cameraCheckVerdict: verdict,
    cameraCheck: figures,
    cameraCheckedAt: new Date(finishedAt.getTime() + CHECK_DELAY_MS),
  };
}

function moveOf(outcome: { intent: CameraControl | null; verdict: CameraCheckVerdict | null }): string {
  const { intent, verdict } = outcome;
  if (!intent || verdict === "not_followed") return "static";
  if (verdict === "unclear") return "unclear";
  if (intent.type !== "simple") return intent.type;
  const config = completeConfig(intent.config);
  const axis = CAMERA_AXES.find((name) => config[name] !== 0);
  return axis ? `${axis}${config[axis] > 0 ? "+" : "-"}` : "static";
}

/** The planned move's path, `share` of the way: what a camera that fell short would have done. */
function scaledPath(intent: CameraControl | null, share: number): MeasuredPathPoint[] {
  return Array.from({ length: PATH_SAMPLES + 1 }, (_, i) => {
    const t = i / PATH_SAMPLES;
    const full = measuredOfPose(cameraPoseAt(intent ?? undefined, t), t);
    return {
      t,
      yaw: round(full.yaw * share),
      pitch: round(full.pitch * share),
      roll: round(full.roll * share),
      zoom: round(full.zoom * share),
      x: round(full.x * share),
      y: round(full.y * share),
      z: round(full.z * share),
    };
  });
}

function endFigures(path: MeasuredPathPoint[]): Record<string, number> {
  const end = path[path.length - 1];
  const degrees = (radians: number) => round((radians * 180) / Math.PI);
  return {
    yawDeg: degrees(end.yaw),
    pitchDeg: degrees(end.pitch),
    rollDeg: degrees(end.roll),
    zoomFactor: round(2 ** -end.zoom),
    xM: end.x,
    yM: end.y,
    zM: end.z,
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
