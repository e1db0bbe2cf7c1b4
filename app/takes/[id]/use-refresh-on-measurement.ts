"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { TakeView } from "@/lib/takes/view";

/**
 * The poll brings a measurement's summary, not its figures and path (they are too big to send every
 * round): once it lands, the page asks the server for its data again, so the explanation and the measured
 * path appear without a reload. Once per take: a refresh that still finds nothing is not retried.
 */
export function useRefreshOnMeasurement(take: TakeView, stored: boolean) {
  const router = useRouter();
  const wasPending = useRef(take.cameraCheckPending);
  const refreshed = useRef(false);
  useEffect(() => {
    const arrived = measurementArrived({ wasPending: wasPending.current, take, stored });
    wasPending.current = take.cameraCheckPending;
    if (!arrived || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [take, stored, router]);
}

/**
 * Whether the page's data is behind the live take: it has a verdict the page has no figures for, or its
 * measurement stopped being pending (a take with no intended move gets no verdict, only figures).
 */
export function measurementArrived(input: {
  wasPending: boolean;
  take: Pick<TakeView, "cameraCheck" | "cameraCheckPending">;
  stored: boolean;
}): boolean {
  if (input.stored) return false;
  return input.take.cameraCheck !== null || (input.wasPending && !input.take.cameraCheckPending);
}
