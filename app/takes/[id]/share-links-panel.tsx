"use client";

import { useCallback, useEffect, useState } from "react";
import { listTakeShareLinksAction } from "@/app/share/actions";
import { ShareLinksTable } from "@/app/share/share-links-table";
import type { ShareLinkSummary } from "@/lib/share/link-summary";

/** The share links holding this take; loaded after the page, and again whenever `version` changes (a link was made). */
export function ShareLinksPanel({ takeId, version }: { takeId: string; version: number }) {
  const [links, setLinks] = useState<ShareLinkSummary[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    const result = await listTakeShareLinksAction(takeId);
    if (result.ok) {
      setLinks(result.data);
      setError(undefined);
    } else setError(result.message);
  }, [takeId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  return (
    <section aria-labelledby="share-links-heading" className="space-y-2">
      <h2 id="share-links-heading" className="text-sm font-semibold text-zinc-300">
        Share links
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-red-300">
          Could not load the share links ({error}).{" "}
          <button type="button" onClick={() => void load()} className="text-violet-300 hover:underline">
            Try again
          </button>
        </p>
      ) : links === undefined ? (
        <p className="text-sm text-zinc-400" aria-busy="true">
          Loading share links…
        </p>
      ) : links.length === 0 ? (
        <p className="text-sm text-zinc-400">No share links hold this take.</p>
      ) : (
        <ShareLinksTable
          links={links}
          caption="Links that show this take"
          onRevoked={(id) => setLinks((current) => current?.filter((link) => link.id !== id))}
        />
      )}
    </section>
  );
}
