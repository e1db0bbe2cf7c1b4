import "server-only";
/**
 * Measures what the camera did in a video file. It runs inside the web server, so after every frame it
 * yields to the event loop (one frame's work is a few milliseconds), and ffmpeg is killed on abort or
 * error. Nothing is written to disk.
 */
import { classifyClip, STATIC_MOTION } from "./classify";
import { createClipMotion, geometryFor } from "./clip-motion";
import { openGrayVideo } from "./decode";
import type { CameraMeasurement } from "./measurement";
import type { AxisParallax } from "./parallax";
import { buildPath } from "./path";

export type MeasureOptions = { signal?: AbortSignal };

export async function measureCameraMove(file: string, options: MeasureOptions = {}): Promise<CameraMeasurement> {
  const started = performance.now();
  const { signal } = options;
  const video = await openGrayVideo(file, { signal });
  try {
    const { info } = video;
    const motion = createClipMotion(geometryFor(info.width, info.height));
    let lastTime = 0;
    for await (const frame of video.frames()) {
      for (const _ of motion.add(frame, frame.timeSec)) {
        signal?.throwIfAborted();
        await yieldToEventLoop();
      }
      lastTime = frame.timeSec;
    }
    signal?.throwIfAborted();
    if (motion.frames() < 2) throw new Error(`Too short to measure (${motion.frames()} frame): ${file}`);
    const evidence = motion.evidence();
    await yieldToEventLoop();
    const { move, confidence, motion: imageMotion } = classifyClip(evidence);
    const { steps, times } = motion.steps();
    const path = buildPath({ steps, times: times.map((t) => (lastTime > 0 ? t / lastTime : 1)), move });
    const end = path[path.length - 1];
    const { total, parallax } = evidence;
    const durationSec = Number.isFinite(info.durationSec) ? info.durationSec : lastTime + 1 / info.sampleFps;
    const figures: Record<string, number> = {
      yawDeg: degrees(total.yaw),
      pitchDeg: degrees(total.pitch),
      rollDeg: degrees(total.roll),
      zoomFactor: 2 ** -total.zoom,
      xM: end.x,
      yM: end.y,
      zM: end.z,
      ...parallaxFigure({ name: "parallaxX", moved: imageMotion.yaw, evidence: parallax.yaw }),
      ...parallaxFigure({ name: "parallaxY", moved: imageMotion.pitch, evidence: parallax.pitch }),
      ...parallaxFigure({ name: "parallaxZ", moved: imageMotion.zoom, evidence: parallax.zoom }),
      motion: Math.max(imageMotion.yaw, imageMotion.pitch, imageMotion.roll, imageMotion.zoom),
      inlierShare: evidence.inlierShare,
      blocksPerPair: evidence.blocksPerPair,
      durationSec,
      sampleFps: info.sampleFps,
      framesAnalysed: motion.frames(),
    };
    for (const key of Object.keys(figures)) figures[key] = Math.round(figures[key] * 1000) / 1000;
    return {
      move,
      confidence,
      figures,
      path,
      frames: Math.round(durationSec * info.fps),
      fps: info.fps,
      width: info.sourceWidth,
      height: info.sourceHeight,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    video.close();
  }
}

/** An axis's parallax figure, only when the picture moved enough along it for the figure to mean something. */
function parallaxFigure(input: {
  name: string;
  moved: number;
  evidence: AxisParallax | undefined;
}): Record<string, number> {
  const { name, moved, evidence } = input;
  return evidence && moved >= 1.5 * STATIC_MOTION ? { [name]: evidence.spread } : {};
}

function degrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
