import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { creatorLabel } from "@/lib/review/labels";
import { getRuntime } from "@/lib/runtime";
import { filtersToSearch, parseGalleryFilters } from "@/lib/takes/filters";
import { loadCreatorOptions, loadGalleryPage } from "@/lib/takes/gallery-data";
import { Gallery } from "./gallery";
import { GalleryFilterBar } from "./gallery-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gallery · Kling Studio" };

export default async function GalleryPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = parseGalleryFilters(await props.searchParams);
  const search = filtersToSearch(filters);
  const user = await requireUserForPage("view", { next: search ? `/gallery?${search}` : "/gallery" });
  // Before the query: a take created while it runs is then reported as new by the first poll, not lost.
  const since = new Date().toISOString();
  const { database } = await getRuntime();
  const [page, creators] = await Promise.all([
    loadGalleryPage(database.db, { filters, viewerId: user.id }),
    loadCreatorOptions(database.db),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Gallery</h1>
      <GalleryFilterBar
        filters={filters}
        creators={creators.map((creator) => ({ id: creator.id, name: creatorLabel(creator.id, creator.name) }))}
      />
      {/* A new filter is a new list: its own pages, cursor and polling. */}
      <Gallery
        key={filtersToSearch(filters)}
        initial={page.items}
        nextCursor={page.nextCursor}
        filters={filters}
        since={since}
      />
    </div>
  );
}
