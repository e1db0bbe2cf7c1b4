"use client";

import Link from "next/link";
import { useState } from "react";
import type { ShareLinkSummary } from "@/lib/share/link-summary";
import { ShareLinksTable } from "./share-links-table";

/** /share's list: a revoked link leaves it at once. */
export function ShareLinksList(props: { links: ShareLinkSummary[]; caption: string }) {
  const [links, setLinks] = useState(props.links);
  if (links.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-line p-8 text-center text-sm text-zinc-400">
        No share links yet.{" "}
        <Link href="/gallery" className="text-violet-300 hover:underline">
          Open the gallery
        </Link>{" "}
        to share a take.
      </p>
    );
  }
  return (
    <ShareLinksTable
      links={links}
      caption={props.caption}
      onRevoked={(id) => setLinks((current) => current.filter((link) => link.id !== id))}
    />
  );
}
