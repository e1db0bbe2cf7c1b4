"use client";

/**
 * The camera's path seen from above and from the side, with where it looks: the start (dashed wedge),
 * the end (faint wedge) and the current pose, which the preview's animation loop moves through `ref`
 * without re-rendering. The scene's nearer boxes are drawn for scale, and the moving subjects faintly,
 * where they start and end and the path between.
 */
import { type Ref, useImperativeHandle, useMemo, useRef } from "react";
import { type CameraPose, cameraPoseAt } from "@/lib/camera/pose";
import { boxBounds, boxCorners, SCENE, type SceneSubject, subjectAt } from "@/lib/camera/scene";
import type { MeasuredPathPoint } from "@/lib/camera-check/camera-check";
import type { CameraControl } from "@/lib/kling/camera-control";
import { MeasuredPathFromAbove, MeasuredPathFromTheSide } from "./measured-path";

export type TrajectoryHandle = { show(pose: CameraPose): void };

/** World window of each view, metres: top view x × z, side view z × y. */
const TOP = { x0: -6, x1: 6, z0: -9.5, z1: 4.5 };
const SIDE = { z0: -9.5, z1: 4.5, y0: 0, y1: 4 };
const WEDGE = 2.2;
const PATH_SAMPLES = 48;

export function TrajectoryView(props: {
  camera: CameraControl | undefined;
  aspect: number;
  /** The path measured in the take's video, drawn over the planned one. */
  measuredPath?: MeasuredPathPoint[];
  ref?: Ref<TrajectoryHandle>;
}) {
  const { camera, aspect, measuredPath } = props;
  const topMarker = useRef<SVGPathElement>(null);
  const sideMarker = useRef<SVGPathElement>(null);
  const poses = useMemo(
    () => Array.from({ length: PATH_SAMPLES + 1 }, (_, i) => cameraPoseAt(camera, i / PATH_SAMPLES)),
    [camera],
  );
  const start = poses[0];
  const end = poses[poses.length - 1];

  useImperativeHandle(
    props.ref,
    () => ({
      show(pose) {
        topMarker.current?.setAttribute("d", topWedge(pose, aspect));
        sideMarker.current?.setAttribute("d", sideWedge(pose));
      },
    }),
    [aspect],
  );

  const moved = poses.some((pose) =>
    pose.position.some((value, axis) => Math.abs(value - start.position[axis]) > 1e-3),
  );
  return (
    <div className="grid grid-cols-2 gap-2 text-[11px] text-zinc-400">
      <figure className="space-y-1">
        <svg
          role="img"
          aria-label={`Camera path from above${moved ? "" : " (the camera stays in place)"}`}
          viewBox={`${TOP.x0} ${TOP.z0} ${TOP.x1 - TOP.x0} ${TOP.z1 - TOP.z0}`}
          className="h-28 w-full rounded border border-line bg-black/30"
          preserveAspectRatio="xMidYMid meet"
        >
          {SCENE.boxes.map((box) => {
            const { min, max } = boxBounds(box);
            return (
              <rect
                key={box.name}
                x={min[0]}
                y={min[2]}
                width={max[0] - min[0]}
                height={max[2] - min[2]}
                fill={`rgb(${box.color.join(" ")})`}
                opacity={0.55}
              />
            );
          })}
          {SCENE.subjects.map((subject) => (
            <SubjectFromAbove key={subject.name} subject={subject} />
          ))}
          <line
            x1={SCENE.titleBoard.center[0] - SCENE.titleBoard.width / 2}
            x2={SCENE.titleBoard.center[0] + SCENE.titleBoard.width / 2}
            y1={SCENE.titleBoard.center[2]}
            y2={SCENE.titleBoard.center[2]}
            stroke="rgb(242 238 224)"
            strokeWidth={0.12}
          />
          <path
            d={topWedge(start, aspect)}
            fill="none"
            stroke="#a1a1aa"
            strokeWidth={0.06}
            strokeDasharray="0.2 0.15"
          />
          <path
            d={topWedge(end, aspect)}
            fill="rgb(124 92 255 / 0.15)"
            stroke="rgb(124 92 255 / 0.6)"
            strokeWidth={0.05}
          />
          <polyline
            points={poses.map((pose) => `${pose.position[0]},${pose.position[2]}`).join(" ")}
            fill="none"
            stroke="#fbbf24"
            strokeWidth={0.1}
          />
          <path
            ref={topMarker}
            d={topWedge(start, aspect)}
            fill="rgb(251 191 36 / 0.25)"
            stroke="#fbbf24"
            strokeWidth={0.07}
          />
          {measuredPath ? <MeasuredPathFromAbove path={measuredPath} wedge={(pose) => topWedge(pose, aspect)} /> : null}
        </svg>
        <figcaption>From above</figcaption>
      </figure>
      <figure className="space-y-1">
        <svg
          role="img"
          aria-label="Camera path from the side"
          viewBox={`${-SIDE.z1} ${-SIDE.y1} ${SIDE.z1 - SIDE.z0} ${SIDE.y1 - SIDE.y0}`}
          className="h-28 w-full rounded border border-line bg-black/30"
          preserveAspectRatio="xMidYMid meet"
        >
          <line x1={-SIDE.z1} x2={-SIDE.z0} y1={0} y2={0} stroke="rgb(104 128 84)" strokeWidth={0.08} />
          {SCENE.boxes
            .filter((box) => Math.abs(box.at[0]) < 6)
            .map((box) => {
              const { min, max } = boxBounds(box);
              return (
                <rect
                  key={box.name}
                  x={-max[2]}
                  y={-max[1]}
                  width={max[2] - min[2]}
                  height={max[1] - min[1]}
                  fill={`rgb(${box.color.join(" ")})`}
                  opacity={0.45}
                />
              );
            })}
          {SCENE.subjects
            .filter((subject) => Math.abs(subject.from[0]) < 6 || Math.abs(subject.to[0]) < 6)
            .map((subject) => (
              <SubjectFromTheSide key={subject.name} subject={subject} />
            ))}
          <path d={sideWedge(start)} fill="none" stroke="#a1a1aa" strokeWidth={0.05} strokeDasharray="0.2 0.15" />
          <path d={sideWedge(end)} fill="rgb(124 92 255 / 0.15)" stroke="rgb(124 92 255 / 0.6)" strokeWidth={0.04} />
          <polyline
            points={poses.map((pose) => `${-pose.position[2]},${-pose.position[1]}`).join(" ")}
            fill="none"
            stroke="#fbbf24"
            strokeWidth={0.08}
          />
          <path
            ref={sideMarker}
            d={sideWedge(start)}
            fill="rgb(251 191 36 / 0.25)"
            stroke="#fbbf24"
            strokeWidth={0.06}
          />
          {measuredPath ? <MeasuredPathFromTheSide path={measuredPath} wedge={sideWedge} /> : null}
        </svg>
        <figcaption>From the side</figcaption>
      </figure>
    </div>
  );
}

/** A moving subject from above: its footprint at the start and the end, and the path between, faint. */
function SubjectFromAbove({ subject }: { subject: SceneSubject }) {
  const color = `rgb(${subject.color.join(" ")})`;
  const footprint = (t: number) =>
    [0, 1, 5, 4]
      .map((c) => boxCorners(subjectAt(subject, t))[c])
      .map(([x, , z]) => `${x},${z}`)
      .join(" ");
  return (
    <g opacity={0.35}>
      <polygon points={footprint(0)} fill="none" stroke={color} strokeWidth={0.06} strokeDasharray="0.15 0.1" />
      <polygon points={footprint(1)} fill={color} />
      <line
        x1={subject.from[0]}
        y1={subject.from[1]}
        x2={subject.to[0]}
        y2={subject.to[1]}
        stroke={color}
        strokeWidth={0.06}
      />
    </g>
  );
}

/** A moving subject from the side: its outline at the start and the end, faint. */
function SubjectFromTheSide({ subject }: { subject: SceneSubject }) {
  const color = `rgb(${subject.color.join(" ")})`;
  const outline = (t: number) => {
    const zs = boxCorners(subjectAt(subject, t)).map(([, , z]) => z);
    return {
      x: -Math.max(...zs),
      width: Math.max(...zs) - Math.min(...zs),
      y: -subject.size[1],
      height: subject.size[1],
    };
  };
  return (
    <g opacity={0.3}>
      <rect {...outline(0)} fill="none" stroke={color} strokeWidth={0.05} strokeDasharray="0.15 0.1" />
      <rect {...outline(1)} fill={color} />
    </g>
  );
}

/** The horizontal field of view as a wedge from the camera, in top-view coordinates (x, z). */
function topWedge(pose: CameraPose, aspect: number): string {
  const half = Math.atan(Math.tan(pose.fovY / 2) * aspect);
  const [x, , z] = pose.position;
  const point = (angle: number) => `${x + Math.sin(angle) * WEDGE},${z - Math.cos(angle) * WEDGE}`;
  return `M${x},${z} L${point(pose.yaw - half)} L${point(pose.yaw + half)} Z`;
}

/** The vertical field of view as a wedge, in side-view coordinates (−z, −y): forward is to the right. */
function sideWedge(pose: CameraPose): string {
  const half = pose.fovY / 2;
  const [, y, z] = pose.position;
  // Turning (yaw) shortens the wedge as seen from the side.
  const reach = WEDGE * Math.max(0.2, Math.cos(pose.yaw));
  const point = (angle: number) => `${-z + Math.cos(angle) * reach},${-y - Math.sin(angle) * reach}`;
  return `M${-z},${-y} L${point(pose.pitch - half)} L${point(pose.pitch + half)} Z`;
}
