/**
 * A sample of the measured path as a camera pose of lib/camera/pose.ts, so the trajectory view can draw
 * what the video did with the same geometry as what was asked for, and back (for seeded takes and tests).
 * The path is motion from the rest pose; zoom is as in pose.ts: +1 doubles tan(fov/2), i.e. wider.
 */
import { type CameraPose, EYE_HEIGHT, REST_FOV_Y } from "@/lib/camera/pose";
import type { MeasuredPathPoint } from "./camera-check";

export function poseOfMeasured(point: MeasuredPathPoint): CameraPose {
  return {
    position: [point.x, EYE_HEIGHT + point.y, point.z],
    yaw: point.yaw,
    pitch: point.pitch,
    roll: point.roll,
    fovY: 2 * Math.atan(Math.tan(REST_FOV_Y / 2) * 2 ** point.zoom),
  };
}

export function measuredOfPose(pose: CameraPose, t: number): MeasuredPathPoint {
  return {
    t,
    yaw: pose.yaw,
    pitch: pose.pitch,
    roll: pose.roll,
    zoom: Math.log2(Math.tan(pose.fovY / 2) / Math.tan(REST_FOV_Y / 2)),
    x: pose.position[0],
    y: pose.position[1] - EYE_HEIGHT,
    z: pose.position[2],
  };
}
