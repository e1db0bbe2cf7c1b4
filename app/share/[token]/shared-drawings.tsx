"use client";

import { type RefObject, useEffect, useState } from "react";
import { DrawingOverlay } from "@/components/drawing/drawing-overlay";
import { DrawingThumbnail } from "@/components/drawing/drawing-thumbnail";
import { frameOfAspect } from "@/components/drawing/frame-size";
import type { CommentDrawing } from "@/lib/review/drawing";
import { frameRate, isOnScreen } from "@/lib/review/frames";

type DrawnComment = { atMs: number | null; endMs: number | null; drawing: CommentDrawing | null };

/**
 * The shared comments' drawings over a share page's video, each while the video is within a frame of
 * its comment's moment (or across its range). Follows the video element's own clock.
 */
export function SharedDrawings(props: {
  video: RefObject<HTMLVideoElement | null>;
  comments: DrawnComment[];
  aspectRatio: string;
  /** The video's frame rate, when read from its file. */
  fps: number | null;
}) {
  const { video, comments, aspectRatio } = props;
  const fps = frameRate(props.fps);
  const [timeSec, setTimeSec] = useState(0);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const sync = () => setTimeSec(element.currentTime);
    const events = ["timeupdate", "seeked", "loadedmetadata"] as const;
    for (const name of events) element.addEventListener(name, sync);
    return () => {
      for (const name of events) element.removeEventListener(name, sync);
    };
  }, [video]);
  const shown = comments.flatMap((comment) =>
    comment.drawing && comment.atMs !== null && isOnScreen({ atMs: comment.atMs, endMs: comment.endMs }, timeSec, fps)
      ? [comment.drawing.shapes]
      : [],
  );
  return <DrawingOverlay drawings={shown} frame={frameOfAspect(aspectRatio)} />;
}

/** A shared comment's drawing in small. */
export function SharedDrawingThumbnail(props: {
  drawing: CommentDrawing | null;
  aspectRatio: string;
  posterUrl: string | null;
}) {
  if (!props.drawing) return null;
  return (
    <DrawingThumbnail
      drawing={props.drawing}
      frame={frameOfAspect(props.aspectRatio)}
      posterUrl={props.posterUrl}
      className="mt-1.5"
    />
  );
}
