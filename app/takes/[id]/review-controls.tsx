"use client";

import { useEffect, useState, useTransition } from "react";
import { afterAction } from "@/components/action-toast";
import type { ActionResult } from "@/lib/action-result";

/** Server-rendered controls do nothing until hydration; disabled until then, a click is never lost. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * Runs a review action in a transition: `pending` lasts until the refreshed page data has arrived, and
 * a refusal shows as a toast with the server's message.
 */
export function useReviewAction() {
  const [pending, start] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) =>
    start(async () => {
      afterAction(await action(), (data) => {
        onDone?.(data);
      });
    });
  return { pending, run };
}

export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {new Date(iso).toLocaleString()}
    </time>
  );
}
