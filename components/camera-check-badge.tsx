import type { CameraCheckSummary, CameraCheckVerdict } from "@/lib/camera-check/camera-check";
import { cameraCheckBadgeText } from "@/lib/camera-check/measured-text";
import { Badge, type BadgeTone } from "./ui/badge";

/** Each verdict's tone: the review state's green, amber, red and grey. */
export const CAMERA_CHECK_TONES: Record<CameraCheckVerdict, BadgeTone> = {
  followed: "success",
  partly: "warning",
  not_followed: "danger",
  unclear: "neutral",
};

/** "Camera: pan right · Followed" on a take card or a compared take, coloured by the verdict. */
export function CameraCheckBadge({ check }: { check: CameraCheckSummary }) {
  return (
    <Badge data-verdict={check.verdict} tone={CAMERA_CHECK_TONES[check.verdict]}>
      {cameraCheckBadgeText(check)}
    </Badge>
  );
}
