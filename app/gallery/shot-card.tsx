import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { type ShotCardView, takeCount } from "@/lib/shots/shot-view";

/**
 * One shot in the shots view: the circled take's poster (else the newest ready one's) on a stack that
 * shows how many takes it holds, its name, and how its takes stand in review. Links to the shot's page.
 */
export function ShotCard({ shot }: { shot: ShotCardView }) {
  const count = takeCount(shot.takes);
  return (
    <Card as="article" aria-label={`Shot: ${shot.name}`} className="relative flex h-full flex-col p-0">
      {/* The stack: the edges of the takes behind the top one. */}
      {shot.takes > 1 ? (
        <>
          <span aria-hidden className="absolute inset-x-4 -top-3 h-6 rounded-t-lg border border-zinc-600 bg-zinc-800" />
          <span
            aria-hidden
            className="absolute inset-x-2 -top-1.5 h-6 rounded-t-lg border border-zinc-500 bg-zinc-700"
          />
        </>
      ) : null}
      <Link
        href={`/shots/${shot.id}`}
        aria-label={`Open shot: ${shot.name} (${count})`}
        className="relative block aspect-video overflow-hidden rounded-t-lg bg-black focus-visible:outline-offset-[-2px]"
      >
        {shot.poster ? (
          // biome-ignore lint/performance/noImgElement: our own /media route, lazy by the browser; no optimiser in between
          <img
            src={shot.poster.url}
            alt={shot.poster.circled ? "Poster of the circled take" : "Poster of the newest ready take"}
            loading="lazy"
            decoding="async"
            className="h-full w-full object-contain"
          />
        ) : (
          <span className="flex h-full items-center justify-center p-4 text-center text-sm text-zinc-400">
            No ready take yet
          </span>
        )}
        <Badge className="absolute right-2 bottom-2 bg-black/80 text-zinc-100">{count}</Badge>
        {shot.poster?.circled ? (
          <Badge className="absolute top-2 left-2 bg-violet-800 text-white">◉ Circled</Badge>
        ) : null}
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
        <p className="line-clamp-2 font-medium text-zinc-100">{shot.name}</p>
        <ul aria-label="Review" className="flex flex-wrap gap-1.5">
          <li>
            <Badge tone={shot.approved > 0 ? "success" : "neutral"}>{shot.approved} approved</Badge>
          </li>
          <li>
            <Badge tone={shot.changesRequested > 0 ? "warning" : "neutral"}>
              {shot.changesRequested} changes requested
            </Badge>
          </li>
          <li>
            <Badge>{shot.unreviewed} unreviewed</Badge>
          </li>
        </ul>
      </div>
    </Card>
  );
}
