"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** What an error boundary shows when a page could not load: what happened, a reference, and Try again. */
export function LoadError(props: {
  title: string;
  body: string;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <Alert className="mx-auto max-w-lg space-y-3 rounded-lg p-6">
      <h1 className="text-lg font-semibold text-zinc-100">{props.title}</h1>
      <p className="text-sm text-zinc-300">{props.body}</p>
      {props.error.digest ? <p className="font-mono text-xs text-zinc-400">Reference: {props.error.digest}</p> : null}
      <Button variant="primary" onClick={props.reset}>
        Try again
      </Button>
    </Alert>
  );
}
