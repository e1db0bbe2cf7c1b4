import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { type GalleryView, gallerySearch } from "@/lib/shots/gallery-view";
import type { GalleryFilters } from "@/lib/takes/filters";

const VIEWS: { view: GalleryView; label: string }[] = [
  { view: "takes", label: "Takes" },
  { view: "shots", label: "Shots" },
];

/** Takes or shots: two links that keep the filters, the current one marked. */
export function GalleryViewToggle({ view, filters }: { view: GalleryView; filters: GalleryFilters }) {
  return (
    <nav aria-label="Show" className="inline-flex gap-1 rounded-lg border border-line p-1">
      {VIEWS.map((option) => {
        const search = gallerySearch(filters, option.view);
        const current = option.view === view;
        return (
          <Link
            key={option.view}
            href={search ? `/gallery?${search}` : "/gallery"}
            aria-current={current ? "page" : undefined}
            className={buttonClass({
              variant: current ? "primary" : "ghost",
              size: "sm",
              className: "min-w-20",
            })}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}
