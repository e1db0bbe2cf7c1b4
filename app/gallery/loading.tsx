/** Six placeholder cards; they stand for no take, so they are named by their place. */
const PLACEHOLDERS = ["first", "second", "third", "fourth", "fifth", "sixth"];

export default function GalleryLoading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">Gallery</h1>
      <output className="block text-sm text-zinc-400">Loading takes…</output>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-hidden>
        {PLACEHOLDERS.map((place) => (
          <li key={place} className="overflow-hidden rounded-lg border border-line bg-panel">
            <div className="aspect-video animate-pulse bg-zinc-900" />
            <div className="space-y-2 p-3">
              <div className="h-3 w-1/3 animate-pulse rounded bg-zinc-800" />
              <div className="h-3 w-5/6 animate-pulse rounded bg-zinc-800" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
