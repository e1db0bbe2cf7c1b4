/**
 * The camera path measured in the take's video, drawn over the planned one in the trajectory view: the
 * path itself and where the camera looked at the end, in a colour and dash of its own. The wedge's shape
 * comes from the view that hosts it, so planned and measured wedges are drawn alike.
 */

import type { CameraPose } from "@/lib/camera/pose";
import type { MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import { poseOfMeasured } from "@/lib/camera-check/measured-pose";

const MEASURED_COLOR = "#22d3ee";
const PLANNED_COLOR = "#fbbf24";

type Props = { path: MeasuredPathPoint[]; wedge: (pose: CameraPose) => string };

/** In the top view's coordinates (x, z). */
export function MeasuredPathFromAbove({ path, wedge }: Props) {
  return <MeasuredPath path={path} wedge={wedge} point={(pose) => [pose.position[0], pose.position[2]]} width={0.09} />;
}

/** In the side view's coordinates (−z, −y): forward is to the right. */
export function MeasuredPathFromTheSide({ path, wedge }: Props) {
  return (
    <MeasuredPath path={path} wedge={wedge} point={(pose) => [-pose.position[2], -pose.position[1]]} width={0.07} />
  );
}

function MeasuredPath(props: Props & { point: (pose: CameraPose) => [number, number]; width: number }) {
  const poses = props.path.map(poseOfMeasured);
  const end = poses.at(-1);
  if (!end) return null;
  return (
    <g data-testid="measured-path">
      <path
        d={props.wedge(end)}
        fill="rgb(34 211 238 / 0.08)"
        stroke={MEASURED_COLOR}
        strokeWidth={props.width * 0.7}
        strokeDasharray="0.25 0.12"
      />
      <polyline
        points={poses.map((pose) => props.point(pose).join(",")).join(" ")}
        fill="none"
        stroke={MEASURED_COLOR}
        strokeWidth={props.width}
        strokeDasharray="0.3 0.15"
        strokeLinecap="round"
      />
    </g>
  );
}

/** Which line is which, under the two views. */
export function MeasuredPathLegend() {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[11px] text-zinc-300">
      <span className="flex items-center gap-1.5">
        <svg aria-hidden width="20" height="6" viewBox="0 0 20 6">
          <line x1="0" x2="20" y1="3" y2="3" stroke={PLANNED_COLOR} strokeWidth="2" />
        </svg>
        planned
      </span>
      <span className="flex items-center gap-1.5">
        <svg aria-hidden width="20" height="6" viewBox="0 0 20 6">
          <line x1="0" x2="20" y1="3" y2="3" stroke={MEASURED_COLOR} strokeWidth="2" strokeDasharray="4 2" />
        </svg>
        measured
      </span>
    </p>
  );
}
