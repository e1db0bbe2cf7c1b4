/**
 * Frames of a take's video: the player steps by them and shows a comment's drawing within one of them.
 * Plain module: the take page, compare and share pages use it, and the server states the fallback.
 */

/** Until a video's rate is read from its file: the sandbox renders at 24 and Kling's outputs are 24 or more. */
export const FALLBACK_FPS = 24;

/** The rate to step by: the one read from the file when it is known and plausible, else the fallback. */
export function frameRate(videoFps: number | null | undefined): number {
  return videoFps && Number.isFinite(videoFps) && videoFps >= 1 && videoFps <= 240 ? videoFps : FALLBACK_FPS;
}

/** The frame shown at `timeSec` (frame n covers [n/fps, (n+1)/fps)). */
export function frameAt(timeSec: number, fps: number): number {
  // The small margin keeps a time stored as a frame's start (n/fps, rounded) on that frame.
  return Math.max(0, Math.floor(timeSec * fps + 1e-6));
}

/**
 * The time of the frame `direction` frames away, at its centre: a browser asked for a frame's exact
 * start may round to the frame before, the centre is unambiguous.
 */
export function stepFrame(options: { timeSec: number; fps: number; durationSec: number; direction: number }): number {
  const { timeSec, fps, durationSec, direction } = options;
  const last = Math.max(0, Math.ceil(durationSec * fps - 1e-6) - 1);
  const frame = Math.min(last, Math.max(0, frameAt(timeSec, fps) + direction));
  return Math.min(durationSec, (frame + 0.5) / fps);
}

/**
 * Whether a comment's marks belong on screen at `timeSec`: within one frame of its moment, or anywhere
 * across its range (with a frame's slack at both ends).
 */
export function isOnScreen(comment: { atMs: number; endMs: number | null }, timeSec: number, fps: number): boolean {
  const frameSec = 1 / fps;
  const start = comment.atMs / 1000;
  const end = (comment.endMs ?? comment.atMs) / 1000;
  return timeSec >= start - frameSec && timeSec <= end + frameSec;
}

/** 1000 → "1.0 s": how a range's ends read in the comment box. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
