import "server-only";
import { runFfmpeg } from "./ffmpeg";

/** Writes a JPEG poster of the video's frame at `atSec` (clamped into the clip by ffmpeg's seek). */
export async function extractPoster(options: { videoPath: string; posterPath: string; atSec: number }): Promise<void> {
  await runFfmpeg(
    [
      "-y",
      "-ss",
      options.atSec.toFixed(2),
      "-i",
      options.videoPath,
      "-frames:v",
      "1",
      "-q:v",
      "4",
      "-f",
      "image2",
      options.posterPath,
    ],
    { timeoutMs: 30_000 },
  );
}
