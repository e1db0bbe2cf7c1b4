import type { CameraCheckSummary, CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import { cameraCheckBadgeText } from "@/lib/camera-check/measured-text";

/**
 * Each verdict's colours: the review state's green, amber, red and grey, light text on a dark fill so
 * the text keeps its contrast (WCAG AA) on the studio's dark panels.
 */
export const CAMERA_CHECK_TONES: Record<CameraCheckVerdict, string> = {
  followed: "bg-emerald-900 text-emerald-100",
  partly: "bg-amber-900 text-amber-100",
  not_followed: "bg-red-900 text-red-100",
  unclear: "bg-zinc-800 text-zinc-200",
};

/** "Camera: pan right · Followed" on a take card or a compared take, coloured by the verdict. */
export function CameraCheckBadge({ check }: { check: CameraCheckSummary }) {
  return (
    <span
      data-verdict={check.verdict}
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${CAMERA_CHECK_TONES[check.verdict]}`}
    >
      {cameraCheckBadgeText(check)}
    </span>
  );
}
