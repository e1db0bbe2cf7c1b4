/**
 * Which camera move the sandbox films. With `camera_control` it follows that; without, it stands in for a
 * model that understands camera language and films the move the prompt describes
 * (lib/camera/camera-language.ts). Two markers play a model that does not follow, so the studio's
 * measurement of the returned video can be seen to catch it:
 *
 *   [sandbox:camera=ignore]     a still camera, whatever was asked
 *   [sandbox:camera=opposite]   the move played backwards (pan right becomes pan left)
 */
import { readCameraSentence } from "@/lib/camera/camera-language";
import type { CameraControl } from "@/lib/kling/camera-control";

export type SandboxCameraMode = "follow" | "ignore" | "opposite";

export type SandboxCamera = { camera: CameraControl | undefined; reverse: boolean };

export function sandboxCameraOf(input: {
  cameraControl: CameraControl | undefined;
  /** the prompt without fault markers */
  prompt: string;
  mode: SandboxCameraMode;
}): SandboxCamera {
  if (input.mode === "ignore") return { camera: undefined, reverse: false };
  const camera = input.cameraControl ?? readCameraSentence(input.prompt);
  return { camera, reverse: input.mode === "opposite" && camera !== undefined };
}
