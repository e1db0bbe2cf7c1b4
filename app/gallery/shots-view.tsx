import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { gallerySearch } from "@/lib/shots/gallery-view";
import type { ShotCardView } from "@/lib/shots/shot-view";
import { type GalleryFilters, hasFilters } from "@/lib/takes/filters";
import { ShotCard } from "./shot-card";

/**
 * The gallery's shots view: sibling takes grouped into one card per shot, newest shot first. The filters
 * apply to the takes inside: a shot is listed while one of its visible takes matches, and its counts are
 * of those takes. Deeper pages are links (`after=<cursor>`), so any page can be shared.
 */
export function ShotsView(props: {
  page: { items: ShotCardView[]; nextCursor: string | null };
  filters: GalleryFilters;
  /** The page is a deeper one (the URL has a cursor). */
  deeper: boolean;
}) {
  const { filters, page, deeper } = props;
  const filtered = hasFilters(filters);
  const first = `/gallery?${gallerySearch(filters, "shots")}`;
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-400" aria-live="polite">
        {page.items.length === 0
          ? null
          : deeper
            ? `Older shots: ${page.items.length} on this page`
            : `${page.items.length}${page.nextCursor ? "+" : ""} shot${page.items.length === 1 ? "" : "s"}${filtered ? " with matching takes" : ""}`}
      </p>
      {page.items.length === 0 ? (
        <EmptyState>
          {filtered ? (
            <>
              No shot holds a take matching these filters. <TextLink href="/gallery?view=shots">Clear filters</TextLink>
            </>
          ) : deeper ? (
            <>
              No more shots. <TextLink href={first}>Back to the newest shots</TextLink>
            </>
          ) : (
            <>
              No shots yet. <TextLink href="/">Generate a take in the studio</TextLink>: each take, batch or sweep
              starts a shot.
            </>
          )}
        </EmptyState>
      ) : (
        <ul aria-label="Shots" className="grid gap-x-4 gap-y-8 pt-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {page.items.map((shot) => (
            <li key={shot.id}>
              <ShotCard shot={shot} />
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="More shots" className="flex justify-center gap-3 py-4">
        {deeper ? (
          <Link href={first} className={buttonClass({ size: "md" })}>
            ← Newest shots
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link
            href={`/gallery?${gallerySearch(filters, "shots", page.nextCursor)}`}
            className={buttonClass({ size: "md" })}
          >
            Older shots →
          </Link>
        ) : page.items.length > 0 ? (
          <p className="text-xs text-zinc-400">That is every shot{filtered ? " with matching takes" : ""}.</p>
        ) : null}
      </nav>
    </div>
  );
}
