"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ShareDialog } from "./share-dialog";

/**
 * "Share shot": a link to all of a shot's finished takes, the circled one first. For a shot's page;
 * `disabled` (with its reason in `disabledReason`) when the shot has no finished take yet.
 */
export function ShareShotButton(props: {
  shotId: string;
  shotName: string;
  disabled?: boolean;
  disabledReason?: string;
  onCreated?: () => void;
}) {
  const [sharing, setSharing] = useState(false);
  // Server-rendered buttons do nothing until hydration; disabled until then, a click is never lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <>
      <Button
        onClick={() => setSharing(true)}
        disabled={!hydrated || props.disabled}
        title={props.disabled ? props.disabledReason : undefined}
        aria-haspopup="dialog"
      >
        Share shot
      </Button>
      <ShareDialog
        shot={{ id: props.shotId, name: props.shotName }}
        open={sharing}
        onClose={() => setSharing(false)}
        onCreated={props.onCreated}
      />
    </>
  );
}
