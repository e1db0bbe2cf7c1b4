"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { listTakeShareLinksAction } from "@/app/share/actions";
import { ShareLinksTable } from "@/app/share/share-links-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ShareLinkSummary } from "@/lib/share/link-summary";

/** The cache key of a take's share links: making a link invalidates it, revoking one edits it. */
export function shareLinksKey(takeId: string) {
  return ["share-links", takeId] as const;
}

/** The share links holding this take, loaded after the page. */
export function ShareLinksPanel({ takeId }: { takeId: string }) {
  const queryClient = useQueryClient();
  const links = useQuery({
    queryKey: shareLinksKey(takeId),
    queryFn: async () => {
      const result = await listTakeShareLinksAction(takeId);
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    // The panel offers "Try again" itself.
    retry: false,
  });

  return (
    <section aria-labelledby="share-links-heading" className="space-y-2">
      <h2 id="share-links-heading" className="text-sm font-semibold text-zinc-300">
        Share links
      </h2>
      {links.error ? (
        <Alert>
          Could not load the share links ({links.error.message}).{" "}
          <Button variant="link" onClick={() => void links.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : links.data === undefined ? (
        <p className="text-sm text-zinc-400" aria-busy="true">
          Loading share links…
        </p>
      ) : links.data.length === 0 ? (
        <p className="text-sm text-zinc-400">No share links hold this take.</p>
      ) : (
        <ShareLinksTable
          links={links.data}
          caption="Links that show this take"
          onRevoked={(id) =>
            queryClient.setQueryData<ShareLinkSummary[]>(shareLinksKey(takeId), (current) =>
              current?.filter((link) => link.id !== id),
            )
          }
        />
      )}
    </section>
  );
}
