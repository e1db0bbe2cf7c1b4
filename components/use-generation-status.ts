"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { isActiveStatus, type GenerationView } from "@/lib/generations/view";

export const STATUS_POLL_MS = 2_000;

async function fetchStatuses(ids: string[], signal: AbortSignal): Promise<GenerationView[]> {
  const response = await fetch(`/api/generations/status?ids=${ids.join(",")}`, { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`Status check failed (HTTP ${response.status})`);
  const body: { items: GenerationView[] } = await response.json();
  return body.items;
}

/**
 * A list of takes kept current: one request for all active takes on the page per interval, and none
 * at all once nothing is active.
 */
export function useLiveGenerations(initial: GenerationView[]) {
  const [items, setItems] = useState(initial);
  const activeIds = useMemo(
    () => items.filter((item) => isActiveStatus(item.status)).map((item) => item.id),
    [items],
  );
  const query = useQuery({
    queryKey: ["generation-status", activeIds.join(",")],
    queryFn: ({ signal }) => fetchStatuses(activeIds, signal),
    enabled: activeIds.length > 0,
    refetchInterval: activeIds.length > 0 ? STATUS_POLL_MS : false,
  });

  useEffect(() => {
    if (!query.data) return;
    const updates = new Map(query.data.map((item) => [item.id, item]));
    setItems((previous) => previous.map((item) => updates.get(item.id) ?? item));
  }, [query.data]);

  return {
    items,
    activeCount: activeIds.length,
    pollError: query.error instanceof Error ? query.error.message : undefined,
    add(item: GenerationView) {
      setItems((previous) => [item, ...previous.filter((existing) => existing.id !== item.id)]);
    },
  };
}
