import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { creatorLabel } from "@/lib/review/labels";
import { getRuntime } from "@/lib/runtime";
import { gallerySearch, parseGalleryView, shotsCursorOf } from "@/lib/shots/gallery-view";
import { loadShotsPage } from "@/lib/shots/shot-summary";
import { decodeCursor, filtersToSearch, parseGalleryFilters } from "@/lib/takes/filters";
import { loadCreatorOptions, loadGalleryPage } from "@/lib/takes/gallery-data";
import { Gallery } from "./gallery";
import { GalleryFilterBar } from "./gallery-filters";
import { ShotsView } from "./shots-view";
import { GalleryViewToggle } from "./view-toggle";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Gallery · Kling Studio" };

export default async function GalleryPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await props.searchParams;
  const filters = parseGalleryFilters(params);
  const view = parseGalleryView(params);
  const search = gallerySearch(filters, view);
  const user = await requireUserForPage("view", { next: search ? `/gallery?${search}` : "/gallery" });
  // Before the query: a take created while it runs is then reported as new by the first poll, not lost.
  const since = new Date().toISOString();
  const { database } = await getRuntime();
  const shotsCursor = decodeCursor(shotsCursorOf(params));
  const [page, shots, creators] = await Promise.all([
    view === "takes" ? loadGalleryPage(database.db, { filters, viewerId: user.id }) : null,
    view === "shots" ? loadShotsPage(database.db, { filters, cursor: shotsCursor, viewerId: user.id }) : null,
    loadCreatorOptions(database.db),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Gallery</h1>
        <GalleryViewToggle view={view} filters={filters} />
      </div>
      <GalleryFilterBar
        filters={filters}
        creators={creators.map((creator) => ({ id: creator.id, name: creatorLabel(creator.id, creator.name) }))}
      />
      {/* A new filter is a new list: its own pages, cursor and polling. */}
      {shots ? (
        <ShotsView page={shots} filters={filters} deeper={shotsCursor !== undefined} />
      ) : page ? (
        <Gallery
          key={filtersToSearch(filters)}
          initial={page.items}
          nextCursor={page.nextCursor}
          filters={filters}
          since={since}
        />
      ) : null}
    </div>
  );
}
