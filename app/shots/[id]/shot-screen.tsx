"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { COMPARE_MAX, COMPARE_MIN } from "@/app/compare/compare-ids";
import { ShareShotButton } from "@/app/share/share-shot-button";
import { afterAction } from "@/components/action-toast";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { useLiveTakes } from "@/components/use-live-takes";
import { useNow } from "@/components/use-now";
import { formatCost } from "@/lib/kling/pricing";
import { type ShotPageView, takeCount } from "@/lib/shots/shot-view";
import { circleTakeAction } from "./actions";
import { ShotName } from "./shot-name";
import { ShotTakeCard } from "./shot-take-card";

/**
 * A shot's page: its name (renamed in place), the camera move it planned, what it has cost, and every
 * take side by side with its review state and verdicts. The team circles its pick here, and ticks 2–4
 * takes to open them in the synced compare view. Running takes stay current through the studio's poll.
 */
export function ShotScreen(props: { shot: ShotPageView; viewer: { canReview: boolean; canOrganize: boolean } }) {
  const { shot, viewer } = props;
  const router = useRouter();
  const live = useLiveTakes(shot.takes.map((item) => item.take));
  const verdicts = new Map(shot.takes.map((item) => [item.take.id, item.teamVerdict]));
  const [picked, setPicked] = useState<string[]>([]);
  const [circling, startCircling] = useTransition();
  const now = useNow(false);
  const compareReason =
    picked.length < COMPARE_MIN
      ? `tick ${COMPARE_MIN} to ${COMPARE_MAX} ready takes`
      : picked.length > COMPARE_MAX
        ? `at most ${COMPARE_MAX} takes at once`
        : null;

  function circle(takeId: string, on: boolean) {
    startCircling(async () => {
      afterAction(await circleTakeAction({ shotId: shot.id, takeId: on ? takeId : null }), () => router.refresh());
    });
  }

  return (
    <article aria-labelledby="shot-heading" className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1 space-y-1">
          <p className="text-xs font-medium tracking-wide text-zinc-400 uppercase">Shot</p>
          <ShotName key={shot.name} shotId={shot.id} name={shot.name} canRename={viewer.canOrganize} />
          <p className="text-sm text-zinc-400">
            {takeCount(live.items.length)}
            {shot.circle ? ` · circled by ${shot.circle.byName}` : " · no take circled yet"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {viewer.canReview ? (
            <ShareShotButton
              shotId={shot.id}
              shotName={shot.name}
              disabledReason={
                live.items.some((item) => item.status === "ready") ? undefined : "No finished take to share yet."
              }
            />
          ) : null}
          {compareReason ? (
            <>
              <Button disabled aria-describedby="compare-reason">
                Compare
              </Button>
              <span id="compare-reason" className="text-xs text-zinc-400">
                Compare: {compareReason}
              </span>
            </>
          ) : (
            <Link href={`/compare?ids=${picked.join(",")}`} className={buttonClass({ className: "border-accent" })}>
              Compare {picked.length} takes
            </Link>
          )}
        </div>
      </header>

      <Card as="section" aria-label="About this shot" className="grid gap-4 sm:grid-cols-2">
        <div>
          <h2 className="text-xs font-medium text-zinc-400">Planned camera move</h2>
          <p className="mt-1 text-sm">{shot.plannedMoves.join(" · ") || "None asked for"}</p>
        </div>
        <div>
          <h2 className="text-xs font-medium text-zinc-400">
            Total spend{shot.spend.estimated ? " (partly estimated)" : ""}
          </h2>
          <p className="mt-1 text-sm">{formatCost(shot.spend.units)}</p>
        </div>
      </Card>

      {live.pollError ? <Alert tone="warning">Could not refresh the takes ({live.pollError}); retrying.</Alert> : null}
      {live.items.length === 0 ? (
        <EmptyState>This shot has no takes left. Takes moved or deleted elsewhere no longer show here.</EmptyState>
      ) : (
        <ul aria-label="Takes in this shot" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {live.items.map((take) => (
            <li key={take.id}>
              <ShotTakeCard
                take={take}
                teamVerdict={verdicts.get(take.id) ?? null}
                circle={shot.circle?.takeId === take.id ? shot.circle : null}
                canCircle={viewer.canReview}
                circling={circling}
                onCircle={(on) => circle(take.id, on)}
                picked={picked.includes(take.id)}
                onPick={(on) =>
                  setPicked((current) => (on ? [...current, take.id] : current.filter((id) => id !== take.id)))
                }
                now={now}
              />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
