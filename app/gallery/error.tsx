"use client";

export default function GalleryError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-red-900 bg-red-950/40 p-6">
      <h1 className="text-lg font-semibold">The gallery could not load</h1>
      <p className="text-sm text-zinc-300">
        The studio could not read its takes just now. They are safe; try again in a moment.
      </p>
      {error.digest ? <p className="font-mono text-xs text-zinc-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded-md bg-accent px-3 py-1.5 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
