"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { ShareDialog } from "@/app/share/share-dialog";
import type { TakeView } from "@/lib/takes/view";
import { deleteTakeAction, restoreTakeAction, retryTakeAction } from "./actions";
import { ShareLinksPanel } from "./share-links-panel";

const BUTTON = "rounded-md border border-line px-3 py-1.5 text-sm text-zinc-100 hover:bg-panel disabled:opacity-60";

/** Remix, Download, Compare with…, Share, Retry (failed takes) and Delete with an Undo in its toast; then the take's share links. */
export function TakeActions({ take }: { take: TakeView }) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  const [deleting, startDelete] = useTransition();
  // Server-rendered buttons do nothing until hydration; disabled until then, a click is never lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [sharing, setSharing] = useState(false);
  const [linksVersion, setLinksVersion] = useState(0);
  const playable = take.status === "ready" && take.videoUrl;

  const retry = () =>
    startRetry(async () => {
      const result = await retryTakeAction(take.id);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success("Sent again as a new take");
      router.push(`/takes/${result.data.id}`);
    });

  const remove = () =>
    startDelete(async () => {
      const result = await deleteTakeAction(take.id);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast("Take deleted", {
        duration: 10_000,
        action: { label: "Undo", onClick: () => void undo(take.id) },
      });
      router.push("/gallery");
    });

  const undo = async (id: string) => {
    const result = await restoreTakeAction(id);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    toast.success("Take restored");
    router.push(`/takes/${id}`);
  };

  return (
    <div className="space-y-6">
      <div role="group" aria-label="Take actions" className="flex flex-wrap gap-2">
        <Link href={`/?remix=${take.id}`} className={BUTTON}>
          Remix
        </Link>
        {playable ? (
          <a href={`/takes/${take.id}/download`} download className={BUTTON}>
            Download MP4
          </a>
        ) : null}
        {playable ? (
          <Link href={`/gallery?select=${take.id}`} className={BUTTON}>
            Compare with…
          </Link>
        ) : null}
        {playable ? (
          <button
            type="button"
            onClick={() => setSharing(true)}
            disabled={!hydrated}
            aria-haspopup="dialog"
            className={BUTTON}
          >
            Share
          </button>
        ) : null}
        {take.status === "failed" ? (
          <button type="button" onClick={retry} disabled={!hydrated || retrying} className={BUTTON}>
            {retrying ? "Retrying…" : "Retry"}
          </button>
        ) : null}
        <button
          type="button"
          onClick={remove}
          disabled={!hydrated || deleting}
          className={`${BUTTON} border-red-900 text-red-200`}
        >
          {deleting ? "Deleting…" : "Delete"}
        </button>
      </div>
      <ShareDialog
        takeIds={[take.id]}
        open={sharing}
        onClose={() => setSharing(false)}
        onCreated={() => setLinksVersion((version) => version + 1)}
      />
      <ShareLinksPanel takeId={take.id} version={linksVersion} />
    </div>
  );
}
