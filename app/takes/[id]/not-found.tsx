import Link from "next/link";

export default function TakeNotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-3 rounded-lg border border-line bg-panel p-6">
      <h1 className="text-lg font-semibold">This take is not here</h1>
      <p className="text-sm text-zinc-300">It may have been deleted, or the link is mistyped.</p>
      <Link href="/gallery" className="text-sm text-accent hover:underline">
        Back to the gallery
      </Link>
    </div>
  );
}
