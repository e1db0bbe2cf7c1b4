"use client";

import { useId, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { SharedTake as SharedTakeData } from "@/lib/share/share-page";
import { SharedDrawings, SharedDrawingThumbnail } from "./shared-drawings";

const ASPECT_CLASS: Record<string, string> = {
  "16:9": "aspect-video",
  "9:16": "aspect-[9/16] max-h-[70vh]",
  "1:1": "aspect-square max-h-[70vh]",
};

/** One shared take: its video and its shared comments; a comment's time code jumps the video there. */
export function SharedTake({ take, label }: { take: SharedTakeData; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const id = useId();
  const seek = (atMs: number) => {
    const element = video.current;
    if (!element) return;
    element.currentTime = atMs / 1000;
    element.focus();
  };
  return (
    <Card as="section" aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id={`${id}-heading`}>{label}</CardTitle>
        {take.downloadUrl ? (
          <a
            href={take.downloadUrl}
            download
            aria-label={`Download MP4 of ${label}`}
            className={buttonClass({ size: "xs" })}
          >
            Download MP4
          </a>
        ) : null}
      </div>
      <div className="relative flex justify-center overflow-hidden rounded-md bg-black">
        {/* biome-ignore lint/a11y/useMediaCaption: generated takes have no captions to offer; the shared comments are the text */}
        <video
          ref={video}
          src={take.videoUrl}
          poster={take.posterUrl ?? undefined}
          controls
          // Downloads off: the player offers none either (watching still streams the video).
          controlsList={take.downloadUrl ? undefined : "nodownload"}
          playsInline
          preload="metadata"
          aria-label={`${label} video`}
          className={`w-full object-contain ${ASPECT_CLASS[take.aspectRatio] ?? "aspect-video"}`}
        />
        <SharedDrawings video={video} comments={take.comments} aspectRatio={take.aspectRatio} fps={take.fps} />
      </div>
      <div className="space-y-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-400">Comments</h3>
        {take.comments.length === 0 ? (
          <p className="text-sm text-zinc-400">No comments shared for this take.</p>
        ) : (
          <ul aria-label={`${label} comments`} className="space-y-2">
            {take.comments.map((comment) => (
              <li key={comment.id} className="rounded-md border border-line p-2 text-sm">
                <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-400">
                  {comment.atMs !== null ? (
                    <Button
                      variant="ghost"
                      size="xs"
                      onClick={() => seek(comment.atMs ?? 0)}
                      aria-label={`Jump to ${formatTimecode(comment.atMs)}`}
                      className="bg-ink px-1.5 py-0.5 font-mono text-violet-300"
                    >
                      {formatTimecode(comment.atMs)}
                    </Button>
                  ) : null}
                  <span>{comment.authorName}</span>
                </p>
                <SharedDrawingThumbnail
                  drawing={comment.drawing}
                  aspectRatio={take.aspectRatio}
                  posterUrl={take.posterUrl}
                />
                {/* Plain text: React escapes it, so markup in a comment shows as typed. */}
                <p className="mt-1 whitespace-pre-wrap break-words text-zinc-100">{comment.body}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

/** 1500 → "0:01.5". */
function formatTimecode(ms: number): string {
  const totalTenths = Math.floor(ms / 100);
  const minutes = Math.floor(totalTenths / 600);
  const seconds = Math.floor((totalTenths % 600) / 10);
  return `${minutes}:${String(seconds).padStart(2, "0")}.${totalTenths % 10}`;
}
