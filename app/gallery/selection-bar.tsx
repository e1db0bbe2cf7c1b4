"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ShareDialog } from "@/app/share/share-dialog";
import { Button } from "@/components/ui/button";
import { compareBlocker, type SelectedTake, shareBlocker } from "./selection-state";

/**
 * The gallery's selection: how many takes are picked, and what can be done with them. A disabled
 * action says why beside it, so the reason is read along with the button.
 */
export function SelectionBar(props: { picked: SelectedTake[]; onClear: () => void; onDone: () => void }) {
  const { picked, onClear, onDone } = props;
  const router = useRouter();
  const id = useId();
  const [sharing, setSharing] = useState(false);
  const compareReason = compareBlocker(picked);
  const shareReason = shareBlocker(picked);

  return (
    <section
      aria-label="Selection"
      className="sticky bottom-4 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-accent/60 bg-panel/95 px-4 py-3 shadow-lg backdrop-blur"
    >
      <p className="text-sm font-medium" aria-live="polite" aria-atomic="true">
        {picked.length === 0 ? "No takes selected" : `${picked.length} take${picked.length === 1 ? "" : "s"} selected`}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={compareReason !== null}
          aria-describedby={compareReason ? `${id}-compare` : undefined}
          onClick={() => router.push(`/compare?ids=${picked.map((take) => take.id).join(",")}`)}
          className="border-accent"
        >
          Compare
        </Button>
        <Button
          disabled={shareReason !== null}
          aria-describedby={shareReason ? `${id}-share` : undefined}
          aria-haspopup="dialog"
          onClick={() => setSharing(true)}
        >
          Share
        </Button>
        <Button onClick={onClear} disabled={picked.length === 0}>
          Clear selection
        </Button>
        <Button onClick={onDone}>Done selecting</Button>
      </div>
      {compareReason || shareReason ? (
        <div className="basis-full space-y-0.5 text-xs text-zinc-400">
          {compareReason ? <p id={`${id}-compare`}>Compare: {compareReason}</p> : null}
          {shareReason ? <p id={`${id}-share`}>Share: {shareReason}</p> : null}
        </div>
      ) : null}
      <ShareDialog takeIds={picked.map((take) => take.id)} open={sharing} onClose={() => setSharing(false)} />
    </section>
  );
}
