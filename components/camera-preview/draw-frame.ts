/**
 * One preview frame: the shared scene (lib/camera/scene.ts) through the shared camera model
 * (lib/camera/pose.ts, projection.ts) on a Canvas 2D context. The sandbox ray-casts its video frames
 * from the same pose and projection, so a move looks the same here and in the video, in direction and
 * size; this drawing is flat-shaded vectors, cheap enough to redraw every animation frame.
 */
import { makeViewSpace } from "@/lib/camera/view-space";
import type { FrameTarget, PreviewMoment } from "./canvas-paths";
import { drawSkyAndGround } from "./draw-ground";
import { drawSolids } from "./draw-solids";

export function drawPreviewFrame(target: FrameTarget, moment: PreviewMoment) {
  const view = makeViewSpace(moment.pose, target.aspect);
  drawSkyAndGround(target, moment.pose, view);
  drawSolids(target, moment, view);
}
