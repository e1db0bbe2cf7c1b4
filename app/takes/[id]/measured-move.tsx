import { CAMERA_CHECK_TONES } from "@/components/camera-check-badge";
import { Badge } from "@/components/ui/badge";
import {
  confidenceText,
  measuredAmounts,
  measuredMoveText,
  measuredSourceText,
} from "@/lib/camera-check/measured-text";
import type { TakeView } from "@/lib/takes/view";
import type { StoredMeasurement } from "./take-record";

/**
 * The studio's own answer beside the team's "Camera followed?": the move measured in the video, the
 * verdict against the move asked for, how sure the measurement is and what it found. The summary comes
 * from the live take, so it appears as soon as a poll brings it; the figures come with the page's data.
 */
export function MeasuredMove(props: { take: TakeView; measurement: StoredMeasurement | null; gaveUp: boolean }) {
  const { take, measurement, gaveUp } = props;
  const check = take.cameraCheck ?? measurement;
  return (
    <div aria-live="polite" className="space-y-1 text-sm">
      {check ? (
        <>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p className="font-medium text-zinc-300">
              Measured move:{" "}
              <Badge tone={check.verdict ? CAMERA_CHECK_TONES[check.verdict] : "neutral"} className="font-normal">
                {measuredMoveText(check)}
              </Badge>
            </p>
            <p className="text-zinc-400">{confidenceText(check.confidence)}</p>
          </div>
          {check.verdict === null ? (
            <p className="text-xs text-zinc-400">Nothing was asked of the camera, so there is no verdict.</p>
          ) : null}
          {measurement?.figures ? (
            <p className="text-xs text-zinc-400">{whatWasMeasured(measurement.figures)}</p>
          ) : null}
        </>
      ) : take.cameraCheckPending ? (
        <p className="text-zinc-400">Measuring the camera move…</p>
      ) : (
        <p className="text-zinc-400">
          <span className="font-medium text-zinc-300">Measured move:</span>{" "}
          {gaveUp ? "could not be measured." : "not measured yet."}
        </p>
      )}
    </div>
  );
}

/** "Measured in the video (120 frames at 24 fps, 1280×720): pan right 18°, tilt down 2° by the end." */
function whatWasMeasured(figures: NonNullable<StoredMeasurement["figures"]>): string {
  const amounts = measuredAmounts(figures.path);
  const found = amounts.length > 0 ? `${amounts.join(", ")} by the end` : "no camera motion beyond the noise";
  return `Measured in the video (${measuredSourceText(figures)}): ${found}.`;
}
