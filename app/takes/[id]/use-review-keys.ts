"use client";

import { useEffect, useRef } from "react";

/** What the take page's keys do; each is a moment or transport action of the player. */
export type ReviewKeyActions = {
  step: (direction: 1 | -1) => void;
  forward: () => void;
  backward: () => void;
  stop: () => void;
  markIn: () => void;
  markOut: () => void;
};

/** The keys and their actions, also listed for people in the player's key help. */
export const REVIEW_KEYS = [
  { keys: ", .", does: "one frame back / forward" },
  { keys: "J K L", does: "play backward / stop / play forward (again: faster)" },
  { keys: "I O", does: "range in / out" },
  { keys: "C", does: "comment at this moment" },
] as const;

/**
 * The take page's review keys, page-wide. They never fire while typing in a field, with a modifier
 * held, or when a control (the drawing surface) has already used the key.
 */
export function useReviewKeys(actions: ReviewKeyActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      const act = latest.current;
      const run: Record<string, () => void> = {
        ",": () => act.step(-1),
        ".": () => act.step(1),
        j: act.backward,
        k: act.stop,
        l: act.forward,
        i: act.markIn,
        o: act.markOut,
      };
      const action = run[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}

/** Whether a key pressed on `target` is text being typed. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}
