"use client";

import { PRESET_LABELS } from "@/lib/camera/axes";
import { isActiveStatus, STATUS_LABELS, type GenerationView } from "@/lib/generations/view";
import { CAMERA_AXES, completeConfig } from "@/lib/kling/schema";
import { useNow } from "./use-now";

export function TakeCard({ take }: { take: GenerationView }) {
  const active = isActiveStatus(take.status);
  const now = useNow(active);
  const started = Date.parse(take.createdAt);
  const ended = take.finishedAt ? Date.parse(take.finishedAt) : now;
  const aspect = take.params.aspect_ratio.replace(":", " / ");

  return (
    <article
      id={`take-${take.id}`}
      aria-label={`Take: ${take.params.prompt.slice(0, 60)}`}
      className="overflow-hidden rounded-lg border border-line bg-panel"
    >
      <div className="relative flex max-h-[28rem] items-center justify-center bg-black" style={{ aspectRatio: aspect }}>
        {take.status === "ready" && take.videoUrl ? (
          <video
            src={take.videoUrl}
            poster={take.posterUrl ?? undefined}
            controls
            preload="metadata"
            playsInline
            aria-label="Take video"
            className="h-full w-full object-contain"
          />
        ) : take.status === "failed" ? (
          <p className="p-4 text-center text-sm text-red-300">No video: the take failed</p>
        ) : (
          <div className="flex flex-col items-center gap-2 text-sm text-zinc-300" aria-live="polite">
            <span className="h-6 w-6 animate-spin rounded-full border-2 border-zinc-500 border-t-white" aria-hidden />
            <span>{STATUS_LABELS[take.status]}…</span>
          </div>
        )}
      </div>
      <div className="space-y-2 p-3 text-sm">
        <div className="flex items-center justify-between gap-2">
          <StatusBadge status={take.status} />
          <span className="text-xs text-zinc-400" title={take.createdAt}>
            {formatElapsed(ended - started)}
            {active ? " elapsed" : ""}
          </span>
        </div>
        <p className="line-clamp-2 text-zinc-100">{take.params.prompt}</p>
        <p className="text-xs text-zinc-400">
          {take.params.model_name} · {take.params.mode} · {take.params.duration} s · {take.params.aspect_ratio} ·{" "}
          {describeCamera(take)}
        </p>
        {take.status === "failed" && take.failureMessage ? (
          <p role="status" className="rounded bg-red-950/60 px-2 py-1 text-xs text-red-200">
            {take.failureMessage}
          </p>
        ) : null}
        {take.retryNote ? <p className="text-xs text-amber-300">Waiting to retry: {take.retryNote}</p> : null}
      </div>
    </article>
  );
}

function StatusBadge({ status }: { status: GenerationView["status"] }) {
  const tone =
    status === "ready"
      ? "bg-emerald-900 text-emerald-200"
      : status === "failed"
        ? "bg-red-900 text-red-200"
        : "bg-zinc-800 text-zinc-200";
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${tone}`}>{STATUS_LABELS[status]}</span>;
}

export function describeCamera(take: GenerationView): string {
  const camera = take.params.camera_control;
  if (!camera) return "camera: model's choice";
  if (camera.type !== "simple") return `camera: ${PRESET_LABELS[camera.type].label}`;
  const config = completeConfig(camera.config);
  const axis = CAMERA_AXES.find((name) => config[name] !== 0);
  return axis ? `camera: ${axis} ${config[axis] > 0 ? "+" : ""}${config[axis]}` : "camera: static";
}

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
