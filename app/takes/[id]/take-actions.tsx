"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { ShareDialog } from "@/app/share/share-dialog";
import { afterAction } from "@/components/action-toast";
import { Button, buttonClass } from "@/components/ui/button";
import type { TakeView } from "@/lib/takes/view";
import { deleteTakeAction, restoreTakeAction, retryTakeAction } from "./actions";
import { ShareLinksPanel, shareLinksKey } from "./share-links-panel";

/** Remix, Download, Compare with…, Share, Retry (failed takes) and Delete with an Undo in its toast; then the take's share links. */
export function TakeActions({ take }: { take: TakeView }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [retrying, startRetry] = useTransition();
  const [deleting, startDelete] = useTransition();
  // Server-rendered buttons do nothing until hydration; disabled until then, a click is never lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [sharing, setSharing] = useState(false);
  const playable = take.status === "ready" && take.videoUrl;

  const retry = () =>
    startRetry(async () => {
      afterAction(await retryTakeAction(take.id), (data) => {
        toast.success("Sent again as a new take");
        router.push(`/takes/${data.id}`);
      });
    });

  const remove = () =>
    startDelete(async () => {
      afterAction(await deleteTakeAction(take.id), () => {
        toast("Take deleted", {
          duration: 10_000,
          action: { label: "Undo", onClick: () => void undo(take.id) },
        });
        router.push("/gallery");
      });
    });

  const undo = async (id: string) => {
    afterAction(await restoreTakeAction(id), () => {
      toast.success("Take restored");
      router.push(`/takes/${id}`);
    });
  };

  return (
    <div className="space-y-6">
      <fieldset aria-label="Take actions" className="flex min-w-0 flex-wrap gap-2">
        <Link href={`/?remix=${take.id}`} className={buttonClass()}>
          Remix
        </Link>
        {playable ? (
          <a href={`/takes/${take.id}/download`} download className={buttonClass()}>
            Download MP4
          </a>
        ) : null}
        {playable ? (
          <Link href={`/gallery?select=${take.id}`} className={buttonClass()}>
            Compare with…
          </Link>
        ) : null}
        {playable ? (
          <Button onClick={() => setSharing(true)} disabled={!hydrated} aria-haspopup="dialog">
            Share
          </Button>
        ) : null}
        {take.status === "failed" ? (
          <Button onClick={retry} disabled={!hydrated || retrying}>
            {retrying ? "Retrying…" : "Retry"}
          </Button>
        ) : null}
        <Button variant="dangerOutline" onClick={remove} disabled={!hydrated || deleting}>
          {deleting ? "Deleting…" : "Delete"}
        </Button>
      </fieldset>
      <ShareDialog
        takeIds={[take.id]}
        open={sharing}
        onClose={() => setSharing(false)}
        onCreated={() => void queryClient.invalidateQueries({ queryKey: shareLinksKey(take.id) })}
      />
      <ShareLinksPanel takeId={take.id} />
    </div>
  );
}
