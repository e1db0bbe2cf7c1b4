/** The size of a video frame in its own pixels: what a drawing's 0–1 coordinates are fractions of. */
export type FrameSize = { width: number; height: number };

const ASPECT_FRAMES: Record<string, FrameSize> = {
  "16:9": { width: 1280, height: 720 },
  "9:16": { width: 720, height: 1280 },
  "1:1": { width: 960, height: 960 },
};

/** Before the video's metadata has loaded (and on pages without a video element): the take's aspect ratio. */
export function frameOfAspect(aspectRatio: string | undefined): FrameSize {
  return ASPECT_FRAMES[aspectRatio ?? ""] ?? ASPECT_FRAMES["16:9"];
}

/** The video element's own frame once known, else the aspect ratio's. */
export function frameOfVideo(video: HTMLVideoElement | null, fallback: FrameSize): FrameSize {
  return video && video.videoWidth > 0 && video.videoHeight > 0
    ? { width: video.videoWidth, height: video.videoHeight }
    : fallback;
}
