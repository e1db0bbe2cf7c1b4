"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { afterAction } from "@/components/action-toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Table } from "@/components/ui/table";
import type { ShareLinkSummary } from "@/lib/share/link-summary";
import { revokeShareLinkAction } from "./actions";
import { formatDate } from "./share-dialog";

/** A list of share links with who made them, when they expire, and Revoke where the viewer may. */
export function ShareLinksTable(props: {
  links: ShareLinkSummary[];
  caption: string;
  onRevoked?: (id: string) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<ShareLinkSummary | null>(null);

  const revoke = (link: ShareLinkSummary) =>
    startTransition(async () => {
      afterAction(await revokeShareLinkAction({ linkId: link.id }), () => {
        toast.success(`Share link “${displayTitle(link)}” revoked: it no longer opens.`);
        props.onRevoked?.(link.id);
      });
    });

  return (
    <>
      <Table
        caption={props.caption}
        columns={[
          "Title",
          "Created by",
          "Takes",
          "Passphrase",
          "Download",
          "Expires",
          { label: "Actions", hidden: true },
        ]}
      >
        {props.links.map((link) => (
          <tr key={link.id}>
            <td className="py-2 pr-3">{link.title || <span className="text-zinc-400">Untitled</span>}</td>
            <td className="py-2 pr-3 text-zinc-300">
              {link.creatorName}
              <span className="block text-xs text-zinc-400">{formatDate(link.createdAt)}</span>
            </td>
            <td className="py-2 pr-3 text-zinc-300">
              {link.takeCount}
              {/* Folded rows (below 768 px) show no column headings: the cells say what they are. */}
              <span className="md:hidden"> {link.takeCount === 1 ? "take" : "takes"}</span>
              {link.shotId ? <span className="block text-xs text-zinc-400">Whole shot</span> : null}
            </td>
            <td className="py-2 pr-3 text-zinc-300">
              <span className="md:hidden">Passphrase: </span>
              {link.hasPassphrase ? "Required" : "None"}
            </td>
            <td className="py-2 pr-3 text-zinc-300">
              <span className="md:hidden">Download: </span>
              {link.allowDownload ? "Allowed" : "Off"}
            </td>
            <td className="py-2 pr-3 text-zinc-300">
              {link.state === "expired" ? null : <span className="md:hidden">Expires </span>}
              {link.state === "expired" ? (
                <span className="text-amber-300">Expired {link.expiresAt ? formatDate(link.expiresAt) : ""}</span>
              ) : link.expiresAt ? (
                formatDate(link.expiresAt)
              ) : (
                "Never"
              )}
            </td>
            <td className="py-2 text-right">
              {link.canRevoke ? (
                <Button
                  variant="dangerOutline"
                  size="xs"
                  disabled={pending}
                  onClick={() => setAsking(link)}
                  aria-label={`Revoke share link: ${displayTitle(link)}`}
                >
                  Revoke
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      <ConfirmDialog
        open={asking !== null}
        title="Revoke this share link?"
        body={
          asking
            ? `“${displayTitle(asking)}” stops opening at once for everyone who has it. This cannot be undone; you can make a new link later.`
            : ""
        }
        confirmLabel="Revoke link"
        cancelLabel="Keep link"
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) revoke(asking);
          setAsking(null);
        }}
      />
    </>
  );
}

function displayTitle(link: Pick<ShareLinkSummary, "title" | "createdAt">): string {
  return link.title || `Untitled link of ${formatDate(link.createdAt)}`;
}
