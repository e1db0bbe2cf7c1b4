/**
 * The measured camera move in words, as the take card, the take page and compare show it: the move and
 * the verdict, how sure the measurement is, and what it found in the video. Browser-safe.
 */
import {
  CAMERA_CHECK_VERDICT_LABELS,
  type CameraCheckVerdict,
  type MeasuredPathPoint,
  measuredMoveLabel,
} from "./camera-check";

/** "pan right · Followed"; just the move ("static") when nothing was asked of the camera, so there is no verdict. */
export function measuredMoveText(check: { move: string; verdict: CameraCheckVerdict | null }): string {
  const move = measuredMoveLabel(check.move);
  return check.verdict ? `${move} · ${CAMERA_CHECK_VERDICT_LABELS[check.verdict]}` : move;
}

/** The take card's badge: "Camera: pan right · Followed". */
export function cameraCheckBadgeText(check: { move: string; verdict: CameraCheckVerdict | null }): string {
  return `Camera: ${measuredMoveText(check)}`;
}

/** 0.934 → "93 % confident". */
export function confidenceText(confidence: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  return `${percent} % confident`;
}

/**
 * Below these the measurement cannot tell motion from noise (a shaky frame, compression), so they are not
 * worth a word: degrees, the zoom's factor, metres.
 */
const NOTICEABLE = { degrees: 1, zoomFactor: 1.05, metres: 0.1 };

/**
 * Where the camera had got to by the end of the clip, in the measured moves' words and amounts:
 * "pan right 18°, zoom in 1.4×". An empty list: no motion above the noise.
 */
export function measuredAmounts(path: MeasuredPathPoint[]): string[] {
  const end = path.at(-1);
  if (!end) return [];
  const amounts: string[] = [];
  const turn = (axis: "pan" | "tilt" | "roll", radians: number) => {
    const degrees = (radians * 180) / Math.PI;
    if (Math.abs(degrees) >= NOTICEABLE.degrees)
      amounts.push(`${signed(axis, degrees)} ${Math.round(Math.abs(degrees))}°`);
  };
  const travel = (axis: "horizontal" | "vertical", metres: number) => {
    if (Math.abs(metres) >= NOTICEABLE.metres) amounts.push(`${signed(axis, metres)} ${formatMetres(metres)}`);
  };
  turn("pan", end.yaw);
  turn("tilt", end.pitch);
  turn("roll", end.roll);
  // As in lib/camera/pose.ts, a positive zoom is wider: the field of view grew by 2^zoom.
  const factor = 2 ** Math.abs(end.zoom);
  if (factor >= NOTICEABLE.zoomFactor) amounts.push(`${signed("zoom", end.zoom)} ${factor.toFixed(1)}×`);
  travel("horizontal", end.x);
  travel("vertical", end.y);
  // Forward is −z, the way the camera looks at rest.
  if (Math.abs(end.z) >= NOTICEABLE.metres) amounts.push(`${end.z < 0 ? "forward" : "back"} ${formatMetres(end.z)}`);
  return amounts;
}

/** "120 frames at 24 fps, 1280×720". */
export function measuredSourceText(source: { frames: number; fps: number; width: number; height: number }): string {
  const fps = Number.isInteger(source.fps) ? String(source.fps) : source.fps.toFixed(2).replace(/0+$/, "");
  return `${source.frames} frames at ${fps} fps, ${source.width}×${source.height}`;
}

function signed(axis: string, value: number): string {
  return measuredMoveLabel(`${axis}${value > 0 ? "+" : "-"}`);
}

function formatMetres(metres: number): string {
  return `${Math.abs(metres).toFixed(1)} m`;
}
