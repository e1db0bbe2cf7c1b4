"use client";

import Link from "next/link";
import { CameraCheckBadge } from "@/components/camera-check-badge";
import { ReviewStateBadge } from "@/components/review-state-badge";
import { TakeStatusBadge } from "@/components/take-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Checkbox } from "@/components/ui/field";
import { formatCost } from "@/lib/kling/pricing";
import { VERDICT_LABELS } from "@/lib/review/labels";
import type { CameraVerdict } from "@/lib/review/review-values";
import { describeCameraMove } from "@/lib/takes/describe";
import { formatAge } from "@/lib/takes/time-left";
import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";

export type CircleInfo = { byName: string; at: string };

/**
 * One take of a shot: its poster (a link to the take), its state, both camera verdicts and its cost, and
 * the shot's actions on it: circle it as the team's pick, tick it for Compare.
 */
export function ShotTakeCard(props: {
  take: TakeView;
  teamVerdict: CameraVerdict | null;
  /** Set on the circled take. */
  circle: CircleInfo | null;
  canCircle: boolean;
  circling: boolean;
  onCircle: (circled: boolean) => void;
  picked: boolean;
  onPick: (picked: boolean) => void;
  now: number;
}) {
  const { take, circle } = props;
  const move = describeCameraMove(take.params.camera_intent);
  const ready = take.status === "ready";
  return (
    <Card
      as="article"
      aria-label={`Take: ${move}${circle ? " (circled)" : ""}`}
      className={cn("flex h-full flex-col overflow-hidden p-0", circle && "border-accent ring-2 ring-accent")}
    >
      <Link
        href={`/takes/${take.id}`}
        className="relative block aspect-video bg-black"
        aria-label={`Open take: ${move}`}
      >
        {take.posterUrl ? (
          // biome-ignore lint/performance/noImgElement: our own /media route, lazy by the browser; no optimiser in between
          <img src={take.posterUrl} alt="" loading="lazy" className="h-full w-full object-contain" />
        ) : (
          <span className="flex h-full items-center justify-center p-4 text-center text-sm text-zinc-400">
            {take.status === "failed" ? "No video: the take failed" : `${STATUS_LABELS[take.status]}…`}
          </span>
        )}
        {circle ? (
          <Badge tone="accent" className="absolute top-2 left-2 bg-violet-800 text-white">
            ◉ Circled
          </Badge>
        ) : null}
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
        <p className="font-medium text-zinc-100">{move}</p>
        <p className="flex flex-wrap gap-1.5">
          <TakeStatusBadge status={take.status} />
          {ready ? <ReviewStateBadge state={take.reviewState} /> : null}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
          <dt className="text-zinc-400">Camera followed?</dt>
          <dd>
            {props.teamVerdict ? VERDICT_LABELS[props.teamVerdict] : <span className="text-zinc-400">Not judged</span>}
          </dd>
          <dt className="text-zinc-400">Measured</dt>
          <dd>
            {take.cameraCheck ? (
              <CameraCheckBadge check={take.cameraCheck} />
            ) : (
              <span className="text-zinc-400">{take.cameraCheckPending ? "Measuring…" : "Not measured"}</span>
            )}
          </dd>
          <dt className="text-zinc-400">{take.unitsCharged !== null ? "Cost" : "Cost (estimated)"}</dt>
          <dd>{formatCost(take.unitsCharged ?? take.unitsEstimated)}</dd>
        </dl>
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
          {ready ? (
            <Checkbox
              label="Compare"
              checked={props.picked}
              onChange={(event) => props.onPick(event.target.checked)}
              aria-label={`Compare take: ${move}`}
            />
          ) : (
            <span />
          )}
          {circle ? (
            <Button
              size="xs"
              aria-pressed
              disabled={!props.canCircle || props.circling}
              onClick={() => props.onCircle(false)}
              title={props.canCircle ? "Take the circle off" : undefined}
            >
              Circled
            </Button>
          ) : props.canCircle && ready ? (
            <Button size="xs" aria-pressed={false} disabled={props.circling} onClick={() => props.onCircle(true)}>
              Circle
            </Button>
          ) : null}
        </div>
        {circle ? (
          <p className="text-xs text-violet-200" suppressHydrationWarning>
            Circled by {circle.byName}, {formatAge(props.now - Date.parse(circle.at))}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
