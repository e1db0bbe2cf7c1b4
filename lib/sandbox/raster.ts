/**
 * A software renderer for the sandbox's stand-in videos: one RGB frame of the shared scene
 * (lib/camera/scene.ts) seen through the shared camera model (lib/camera/pose.ts), in plain JS.
 * Per pixel, a ray from the camera meets the ground plane or the sky; boxes are ray/AABB slab tests
 * limited to their projected screen rectangles; the title board is a textured quad (./raster-title.ts).
 * A depth buffer (ray parameter per pixel) decides what is in front.
 */

import { cameraPoseAt } from "@/lib/camera/pose";
import { cameraBasis, makeProjector } from "@/lib/camera/projection";
import { boxBounds, SCENE, type SceneBox, sceneBoxesAt } from "@/lib/camera/scene";
import type { CameraControl } from "@/lib/kling/camera-control";
import type { AspectRatio } from "@/lib/kling/fields";
import { drawBackground } from "./raster-background";
import { drawBox } from "./raster-box";
import type { FrameContext, SolidBox } from "./raster-frame";
import { boardPosts, createTitleTexture, drawTitleBoard, type TitleTexture } from "./raster-title";

export const FRAME_SIZES: Record<AspectRatio, { width: number; height: number }> = {
  "16:9": { width: 640, height: 360 },
  "9:16": { width: 360, height: 640 },
  "1:1": { width: 480, height: 480 },
};

export type FrameOptions = {
  prompt: string;
  aspectRatio: AspectRatio;
  camera: CameraControl | undefined;
  /**
   * The clip plays the camera move backwards, so `render` is handed the camera's progress, 1 − the clip's
   * (as renderClip does); the moving subjects, which always go forward, then stand at 1 − t.
   */
  reverse?: boolean;
};

export type FrameRenderer = {
  width: number;
  height: number;
  /**
   * Draws the frame at the camera's progress t ∈ [0, 1] into `out` (or a new buffer): width × height × 3
   * bytes, RGB. The scene's moving subjects stand where they are at the clip's progress: t, or 1 − t
   * when the clip is reversed.
   */
  render(t: number, out?: Uint8Array): Uint8Array;
};

/** Builds the per-clip state (title texture, board posts, buffers) once, then draws any number of frames. */
export function createFrameRenderer(options: FrameOptions): FrameRenderer {
  const { width, height } = FRAME_SIZES[options.aspectRatio];
  const aspect = width / height;
  const title: TitleTexture = createTitleTexture(options.prompt, SCENE.titleBoard);
  const posts: SolidBox[] = boardPosts(SCENE.titleBoard);
  const depth = new Float32Array(width * height);
  const colX = new Float64Array(width);
  const rowY = new Float64Array(height);
  const rowLength = new Float64Array(height);
  return {
    width,
    height,
    render(t, out = new Uint8Array(width * height * 3)) {
      const pose = cameraPoseAt(options.camera, t);
      const tanY = Math.tan(pose.fovY / 2);
      for (let i = 0; i < width; i++) colX[i] = (((i + 0.5) * 2) / width - 1) * tanY * aspect;
      for (let j = 0; j < height; j++) {
        rowY[j] = -(((j + 0.5) * 2) / height - 1) * tanY;
        rowLength[j] = Math.sqrt(1 + rowY[j] * rowY[j]);
      }
      const frame: FrameContext = {
        width,
        height,
        rgb: new Uint8ClampedArray(out.buffer, out.byteOffset, width * height * 3),
        depth,
        origin: pose.position,
        basis: cameraBasis(pose),
        colX,
        rowY,
        rowLength,
        spread: (2 * tanY) / height,
        project: makeProjector(pose, aspect),
      };
      drawBackground(frame);
      for (const box of sceneBoxesAt(options.reverse ? 1 - t : t)) drawBox(frame, toSolid(box));
      for (const post of posts) drawBox(frame, post);
      drawTitleBoard(frame, title);
      return out;
    },
  };
}

/** One frame on its own, e.g. for tests; a clip should reuse one createFrameRenderer. */
export function renderFrame(options: FrameOptions, t: number): Uint8Array {
  return createFrameRenderer(options).render(t);
}

function toSolid(box: SceneBox): SolidBox {
  return { ...boxBounds(box), color: box.color, yaw: box.yaw };
}
