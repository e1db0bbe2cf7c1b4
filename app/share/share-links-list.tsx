"use client";

import { useState } from "react";
import { EmptyState } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { ShareLinkSummary } from "@/lib/share/link-summary";
import { ShareLinksTable } from "./share-links-table";

/** /share's list: a revoked link leaves it at once. */
export function ShareLinksList(props: { links: ShareLinkSummary[]; caption: string }) {
  const [links, setLinks] = useState(props.links);
  if (links.length === 0) {
    return (
      <EmptyState>
        No share links yet. <TextLink href="/gallery">Open the gallery</TextLink> to share a take.
      </EmptyState>
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
