/**
 * One preview frame: the shared scene (lib/camera/scene.ts) through the shared camera model
 * (lib/camera/pose.ts, projection.ts) on a Canvas 2D context. The sandbox ray-casts its video frames
 * from the same pose and projection, so a move looks the same here and in the video, in direction and
 * size; this drawing is flat-shaded vectors, cheap enough to redraw every animation frame.
 */
import type { CameraPose } from "@/lib/camera/pose";
import { makeViewSpace } from "@/lib/camera/view-space";
import type { FrameTarget } from "./canvas-paths";
import { drawSkyAndGround } from "./draw-ground";
import { drawSolids } from "./draw-solids";

export type { FrameTarget };

/**
 * One moment of the clip: the camera's pose, and the clip's progress in [0, 1], which places the scene's
 * moving subjects. The two are separate because the subjects keep going forward whatever the camera does.
 */
export type PreviewMoment = { pose: CameraPose; progress: number };

export function drawPreviewFrame(target: FrameTarget, moment: PreviewMoment) {
  const view = makeViewSpace(moment.pose, target.aspect);
  drawSkyAndGround(target, moment.pose, view);
  drawSolids(target, moment, view);
}
