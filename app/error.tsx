"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Alert className="mx-auto max-w-lg space-y-3 rounded-lg p-6">
      <h1 className="text-lg font-semibold text-zinc-100">This page could not load</h1>
      <p className="text-sm text-zinc-300">
        The studio could not reach its database or another service. Your takes are safe; try again in a moment.
      </p>
      {error.digest ? <p className="font-mono text-xs text-zinc-400">Reference: {error.digest}</p> : null}
      <Button variant="primary" onClick={reset}>
        Try again
      </Button>
    </Alert>
  );
}
