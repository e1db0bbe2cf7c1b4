"use client";

import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useId, useMemo } from "react";
import { takesOf } from "@/lib/takes/merge-statuses";
import { takeQueryKeys } from "@/lib/takes/take-api";
import type { TakeView } from "@/lib/takes/view";
import { type TakePages, useTakeStatusPoll } from "./use-take-status-poll";

/**
 * A list of takes rendered by the server (the studio's recent takes, a take's page), kept in the query
 * cache as one page and current by the studio's one polling loop (./use-take-status-poll.ts).
 */
export function useLiveTakes(initial: TakeView[]) {
  const queryClient = useQueryClient();
  const listId = useId();
  const listKey = useMemo(() => takeQueryKeys.live(listId), [listId]);
  const { data } = useQuery({
    queryKey: listKey,
    // Nothing to fetch: the server rendered the list, the poll and `add` change it.
    queryFn: skipToken,
    initialData: (): TakePages => ({ pages: [{ items: initial, nextCursor: null }], pageParams: [null] }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const items = useMemo(() => takesOf(data?.pages ?? []), [data]);
  const poll = useTakeStatusPoll({ listKey, takes: items });

  /** Takes made in this tab (one, or a batch in order), on top of the list. */
  const add = useCallback(
    (added: TakeView | TakeView[]) => {
      const list = Array.isArray(added) ? added : [added];
      const ids = new Set(list.map((take) => take.id));
      queryClient.setQueryData<TakePages>(listKey, (current) => {
        const others = takesOf(current?.pages ?? []).filter((take) => !ids.has(take.id));
        return { pages: [{ items: [...list, ...others], nextCursor: null }], pageParams: [null] };
      });
    },
    [queryClient, listKey],
  );

  return { items, activeCount: poll.activeCount, pollError: poll.pollError, add };
}
