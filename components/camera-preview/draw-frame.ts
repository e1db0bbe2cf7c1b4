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

export function drawPreviewFrame(target: FrameTarget, pose: CameraPose) {
  const view = makeViewSpace(pose, target.aspect);
  drawSkyAndGround(target, pose, view);
  drawSolids(target, pose, view);
}
