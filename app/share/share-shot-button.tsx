"use client";

import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ShareDialog } from "./share-dialog";

/**
 * "Share shot": a link to all of a shot's finished takes, the circled one first, made in the share
 * dialog (title defaulting to the shot's name, expiry, passphrase, downloads). For a shot's page.
 * `disabledReason` (e.g. no finished take yet) disables it and is shown beside it.
 */
export function ShareShotButton(props: {
  shotId: string;
  shotName: string;
  disabledReason?: string;
  /** After a link is made (to refresh a list of links). */
  onCreated?: () => void;
}) {
  const id = useId();
  const [sharing, setSharing] = useState(false);
  // Server-rendered buttons do nothing until hydration; disabled until then, a click is never lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <>
      <Button
        onClick={() => setSharing(true)}
        disabled={!hydrated || Boolean(props.disabledReason)}
        aria-describedby={props.disabledReason ? `${id}-reason` : undefined}
        aria-haspopup="dialog"
      >
        Share shot
      </Button>
      {props.disabledReason ? (
        <span id={`${id}-reason`} className="text-xs text-zinc-400">
          {props.disabledReason}
        </span>
      ) : null}
      <ShareDialog
        shot={{ id: props.shotId, name: props.shotName }}
        open={sharing}
        onClose={() => setSharing(false)}
        onCreated={props.onCreated}
      />
    </>
  );
}
