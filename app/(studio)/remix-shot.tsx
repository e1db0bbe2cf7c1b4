"use client";

import { createContext, type ReactNode, useContext, useId, useState } from "react";

/** The shot of the take being remixed, which the new take joins unless the person starts a new shot. */
export type RemixShot = { id: string; name: string };

type JoinShot = { shot: RemixShot | null; join: boolean; setJoin: (join: boolean) => void };

const JoinShotContext = createContext<JoinShot>({ shot: null, join: false, setJoin: () => undefined });

/** Holds the remix's shot choice for the studio: the choice (RemixShotChoice) and the submit (useJoinShotId). */
export function JoinShotProvider(props: { shot: RemixShot | null; children: ReactNode }) {
  // Joining is the default: a remix is another attempt at the same result.
  const [join, setJoin] = useState(true);
  return <JoinShotContext value={{ shot: props.shot, join, setJoin }}>{props.children}</JoinShotContext>;
}

/** When the studio opens as a remix: "Join shot “…”" or "Start a new shot". Nothing otherwise. */
export function RemixShotChoice() {
  const name = useId();
  const { shot, join, setJoin } = useContext(JoinShotContext);
  if (!shot) return null;
  return (
    <fieldset className="space-y-1 rounded-lg border border-line p-3">
      <legend className="px-1 text-sm font-medium">Shot</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="radio"
          name={name}
          checked={join}
          onChange={() => setJoin(true)}
          className="accent-[var(--color-accent)]"
        />
        <span className="min-w-0 break-words">Join shot “{shot.name}”</span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="radio"
          name={name}
          checked={!join}
          onChange={() => setJoin(false)}
          className="accent-[var(--color-accent)]"
        />
        Start a new shot
      </label>
    </fieldset>
  );
}

/** The shot the takes being generated join; undefined: they start their own. */
export function useJoinShotId(): string | undefined {
  const { shot, join } = useContext(JoinShotContext);
  return shot && join ? shot.id : undefined;
}
