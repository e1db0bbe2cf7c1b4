"use client";

import Link from "next/link";
import { type RefObject, useRef, useState } from "react";
import { STATE_LABELS } from "@/lib/review/labels";
import { describeCamera } from "@/lib/takes/describe";
import { isActiveStatus } from "@/lib/takes/statuses";
import { describeProgress, formatAge, formatElapsed } from "@/lib/takes/time-left";
import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";
import { CameraCheckBadge } from "./camera-check-badge";
import { TakeStatusBadge } from "./take-status-badge";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { Card } from "./ui/card";
import { cn } from "./ui/cn";
import { useNow } from "./use-now";

/** Poster sizes per aspect ratio (the sandbox's and Kling's output sizes, scaled): they reserve the box. */
const POSTER_SIZE = { "16:9": [640, 360], "9:16": [360, 640], "1:1": [480, 480] } as const;

/**
 * One take in a grid: its poster (lazy), a muted preview while hovered or focused, status and progress,
 * and what it was made with. The whole media area links to the take's page. In the gallery's select
 * mode a checkbox sits over the poster's corner (before the link, so Tab reaches it first).
 */
/** What a card needs to be selectable (the gallery's select mode); without it, cards only link. */
export type TakeSelection = {
  isSelected: (id: string) => boolean;
  toggle: (take: TakeView) => void;
};

export function TakeCard({ take, selection }: { take: TakeView; selection?: TakeSelection | null }) {
  const active = isActiveStatus(take.status);
  const now = useNow(active);
  const progress = describeProgress(take, now);
  const shortPrompt = take.params.prompt.slice(0, 60);
  const selected = selection?.isSelected(take.id) ?? false;

  return (
    <Card
      as="article"
      id={`take-${take.id}`}
      aria-label={`Take: ${shortPrompt}`}
      className={cn(
        "relative flex h-full flex-col overflow-hidden p-0",
        selected && "border-accent ring-2 ring-accent",
      )}
    >
      {selection ? (
        <label className="absolute top-2 left-2 z-10 flex cursor-pointer items-center gap-1.5 rounded-md bg-black/75 px-2 py-1 text-xs text-zinc-100 touch:min-h-11 touch:px-3 touch:text-sm">
          <input
            type="checkbox"
            checked={selected}
            onChange={() => selection.toggle(take)}
            aria-label={`Select take: ${take.params.prompt}`}
            className="h-4 w-4 accent-[var(--color-accent)]"
          />
          <span aria-hidden>{selected ? "Selected" : "Select"}</span>
        </label>
      ) : null}
      <TakeMedia take={take} label={`Open take: ${shortPrompt}`} progressLabel={progress.label} />
      <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
        <div className="flex items-center justify-between gap-2">
          <TakeStatusBadge status={take.status} />
          <span className="text-xs text-zinc-400" title={take.createdAt} suppressHydrationWarning>
            {active ? `${formatElapsed(progress.elapsedMs)} elapsed` : formatAge(now - Date.parse(take.createdAt))}
          </span>
        </div>
        {active && progress.label ? (
          <p className={`text-xs ${progress.overdue ? "text-amber-300" : "text-zinc-300"}`} suppressHydrationWarning>
            {capitalise(progress.label)}
          </p>
        ) : null}
        <p className="line-clamp-2 text-zinc-100">{take.params.prompt}</p>
        <p className="text-xs text-zinc-400">
          {take.params.model_name} · {take.params.mode} · {take.params.duration} s · {take.params.aspect_ratio} ·{" "}
          {describeCamera(take.params.camera_intent)}
        </p>
        {take.cameraCheck ? (
          <p>
            <CameraCheckBadge check={take.cameraCheck} />
          </p>
        ) : take.cameraCheckPending ? (
          <p className="text-xs text-zinc-400">Measuring camera…</p>
        ) : null}
        <p className="text-xs text-zinc-400">
          by {take.creatorName}
          {take.reviewState !== "unreviewed" ? ` · ${STATE_LABELS[take.reviewState]}` : ""}
        </p>
        {take.status === "failed" && take.failureMessage ? (
          // A status, not an alert: a grid may hold many failed takes.
          <Alert tone="error" role="status" className="rounded px-2 py-1 text-xs">
            {take.failureMessage}
          </Alert>
        ) : null}
        {take.retryNote ? <p className="text-xs text-amber-300">Waiting to retry: {take.retryNote}</p> : null}
      </div>
    </Card>
  );
}

/**
 * The media area, a link to the take's page (Enter opens it); hovering or focusing it plays the preview.
 * Touch screens have no hover: a Preview button in the corner plays and stops it instead.
 */
function TakeMedia(props: { take: TakeView; label: string; progressLabel: string | null }) {
  const { take, label, progressLabel } = props;
  const video = useRef<HTMLVideoElement>(null);
  const [previewing, setPreviewing] = useState(false);
  // play() settles later; a pointer that already left must not leave the poster hidden.
  const wanted = useRef(false);
  const playable = take.status === "ready" && take.videoUrl;
  // Previews play muted (browsers allow that without a gesture) and only while hovered or focused.
  const start = () => {
    const element = video.current;
    if (!element) return;
    wanted.current = true;
    element.muted = true;
    void element.play().then(
      () => setPreviewing(wanted.current),
      () => undefined,
    );
  };
  const stop = () => {
    const element = video.current;
    wanted.current = false;
    setPreviewing(false);
    if (!element) return;
    element.pause();
    element.currentTime = 0;
  };

  return (
    <>
      <Link
        href={`/takes/${take.id}`}
        aria-label={label}
        data-take-link=""
        onMouseEnter={playable ? start : undefined}
        onMouseLeave={playable ? stop : undefined}
        onFocus={playable ? start : undefined}
        onBlur={playable ? stop : undefined}
        className="relative block aspect-video bg-black focus-visible:outline-offset-[-2px]"
      >
        {take.status === "failed" ? (
          <p className="flex h-full items-center justify-center p-4 text-center text-sm text-red-300">
            No video: the take failed
          </p>
        ) : playable ? (
          <Preview take={take} video={video} previewing={previewing} />
        ) : take.status === "ready" ? (
          // Finished takes always have a stored video; a row without one (its file lost) must not look busy.
          <p className="flex h-full items-center justify-center p-4 text-center text-sm text-zinc-400">
            Video unavailable
          </p>
        ) : (
          <span
            className="flex h-full flex-col items-center justify-center gap-2 text-sm text-zinc-300"
            aria-live="polite"
          >
            <span className="h-6 w-6 animate-spin rounded-full border-2 border-zinc-500 border-t-white" aria-hidden />
            <span>{STATUS_LABELS[take.status]}…</span>
            {progressLabel ? <span className="sr-only">{progressLabel}</span> : null}
          </span>
        )}
      </Link>
      {playable ? (
        <Button
          aria-pressed={previewing}
          aria-label={`Preview take: ${take.params.prompt.slice(0, 60)}`}
          onClick={previewing ? stop : start}
          className="absolute top-2 right-2 z-10 hidden bg-black/75 touch:inline-flex"
        >
          {previewing ? "Stop" : "Preview"}
        </Button>
      ) : null}
    </>
  );
}

function Preview(props: { take: TakeView; video: RefObject<HTMLVideoElement | null>; previewing: boolean }) {
  const { take, video, previewing } = props;
  const [width, height] = POSTER_SIZE[take.params.aspect_ratio];
  return (
    <>
      <video
        ref={video}
        src={take.videoUrl ?? undefined}
        muted
        loop
        playsInline
        preload="none"
        aria-label="Take video"
        className="absolute inset-0 h-full w-full object-contain"
      />
      {take.posterUrl ? (
        // biome-ignore lint/performance/noImgElement: our own /media route, sized by the attributes and lazy by the browser; no optimiser in between
        <img
          src={take.posterUrl}
          alt=""
          width={width}
          height={height}
          loading="lazy"
          decoding="async"
          className={`absolute inset-0 h-full w-full object-contain transition-opacity duration-200 ${previewing ? "opacity-0" : "opacity-100"}`}
        />
      ) : null}
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
