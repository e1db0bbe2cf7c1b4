"use client";

import { useCallback, useMemo, useState } from "react";
import { COMPARE_MAX, COMPARE_MIN } from "@/app/compare/compare-ids";
import type { TakeView } from "@/lib/takes/view";

export type SelectedTake = { id: string; prompt: string; ready: boolean };

/** The picked takes, in the order they were picked (Compare shows them in that order). */
export function useSelectionState(initial: SelectedTake[] = []) {
  const [picked, setPicked] = useState<SelectedTake[]>(initial);
  const isSelected = useCallback((id: string) => picked.some((take) => take.id === id), [picked]);
  const toggle = useCallback((take: TakeView) => {
    setPicked((current) =>
      current.some((entry) => entry.id === take.id)
        ? current.filter((entry) => entry.id !== take.id)
        : [...current, toSelected(take)],
    );
  }, []);
  const add = useCallback((take: TakeView) => {
    setPicked((current) => (current.some((entry) => entry.id === take.id) ? current : [...current, toSelected(take)]));
  }, []);
  /** Keeps readiness current while a picked take finishes rendering. */
  const refresh = useCallback((takes: TakeView[]) => {
    setPicked((current) => {
      let changed = false;
      const next = current.map((entry) => {
        const live = takes.find((take) => take.id === entry.id);
        if (!live || isReady(live) === entry.ready) return entry;
        changed = true;
        return toSelected(live);
      });
      return changed ? next : current;
    });
  }, []);
  const clear = useCallback(() => setPicked([]), []);
  return useMemo(
    () => ({ picked, isSelected, toggle, add, refresh, clear }),
    [picked, isSelected, toggle, add, refresh, clear],
  );
}

/** Why Compare cannot run for this selection, or null when it can. */
export function compareBlocker(picked: SelectedTake[]): string | null {
  if (picked.length < COMPARE_MIN) return `Select ${COMPARE_MIN} to ${COMPARE_MAX} ready takes to compare them.`;
  if (picked.length > COMPARE_MAX)
    return `Compare shows at most ${COMPARE_MAX} takes; unselect ${picked.length - COMPARE_MAX}.`;
  const waiting = picked.filter((take) => !take.ready).length;
  if (waiting > 0)
    return `Only ready takes can be compared: ${waiting} selected ${waiting === 1 ? "has" : "have"} no video yet.`;
  return null;
}

/** Why Share cannot run for this selection, or null when it can. */
export function shareBlocker(picked: SelectedTake[]): string | null {
  if (picked.length === 0) return "Select the takes to share.";
  const waiting = picked.filter((take) => !take.ready).length;
  if (waiting > 0)
    return `Only ready takes can be shared: ${waiting} selected ${waiting === 1 ? "has" : "have"} no video yet.`;
  return null;
}

function toSelected(take: TakeView): SelectedTake {
  return { id: take.id, prompt: take.params.prompt, ready: isReady(take) };
}

function isReady(take: TakeView): boolean {
  return take.status === "ready" && take.videoUrl !== null;
}
