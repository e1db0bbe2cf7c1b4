"use client";

import { LoadError } from "@/components/load-error";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <LoadError
      title="This page could not load"
      body="The studio could not reach its database or another service. Your takes are safe; try again in a moment."
      error={error}
      reset={reset}
    />
  );
}
