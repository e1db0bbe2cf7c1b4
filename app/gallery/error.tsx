"use client";

import { LoadError } from "@/components/load-error";

export default function GalleryError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <LoadError
      title="The gallery could not load"
      body="The studio could not read its takes just now. They are safe; try again in a moment."
      error={error}
      reset={reset}
    />
  );
}
